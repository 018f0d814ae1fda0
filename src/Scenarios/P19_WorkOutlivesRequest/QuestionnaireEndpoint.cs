using Harness;

namespace Scenarios.P19_WorkOutlivesRequest;

/// <summary>
/// The buggy endpoint: paging is slow, so it is fired and forgotten, and the background task reports back by
/// writing to the response it captured. Nothing ties that task to the request: when the handler returns first,
/// the host completes the response and the late write lands on a finished (in ASP.NET Core, recycled) response.
/// </summary>
/// <param name="pager">The care team's pager.</param>
public sealed class QuestionnaireEndpoint(CareTeamPager pager) : IQuestionnaireEndpoint
{
    /// <inheritdoc/>
    public async Task SubmitAsync(QuestionnaireRequest request, ServerResponse response)
    {
        _ = Controlled.Run(async () =>
        {
            if (await pager.PageIfWorryingAsync(request.Patient, request.PainScore, CancellationToken.None))
            {
                await response.WriteAsync("your care team has been paged\n");
            }
        }, "page care team");

        await response.WriteAsync("answers saved\n");
    }
}
