namespace Scenarios.P19_WorkOutlivesRequest;

/// <summary>
/// The fixed endpoint: the page still runs while the answer is written, but the handler awaits it (bounded by
/// the request's token) before it returns, so everything that writes to the response finishes inside the request.
/// </summary>
/// <param name="pager">The care team's pager.</param>
public sealed class RequestBoundQuestionnaireEndpoint(CareTeamPager pager) : IQuestionnaireEndpoint
{
    /// <inheritdoc/>
    public async Task SubmitAsync(QuestionnaireRequest request, ServerResponse response)
    {
        var paging = pager.PageIfWorryingAsync(request.Patient, request.PainScore, request.Aborted);

        await response.WriteAsync("answers saved\n");
        if (await paging)
        {
            await response.WriteAsync("your care team has been paged\n");
        }
    }
}
