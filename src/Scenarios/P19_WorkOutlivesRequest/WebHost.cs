namespace Scenarios.P19_WorkOutlivesRequest;

/// <summary>The part of a web host that matters here: a request's response ends when its handler's task does.</summary>
public static class WebHost
{
    /// <summary>Runs a handler for one request and completes the response when the handler returns.</summary>
    /// <param name="endpoint">The handler.</param>
    /// <param name="patient">Who submits the questionnaire.</param>
    /// <param name="painScore">The pain score answered.</param>
    /// <returns>The completed response.</returns>
    public static async Task<ServerResponse> ServeAsync(IQuestionnaireEndpoint endpoint, string patient, int painScore)
    {
        using var connection = new CancellationTokenSource();
        var response = new ServerResponse();
        await endpoint.SubmitAsync(new QuestionnaireRequest(patient, painScore, connection.Token), response);
        response.Complete();
        return response;
    }
}
