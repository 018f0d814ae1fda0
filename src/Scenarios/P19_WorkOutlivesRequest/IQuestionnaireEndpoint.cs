namespace Scenarios.P19_WorkOutlivesRequest;

/// <summary>The endpoint the patient app posts questionnaires to.</summary>
public interface IQuestionnaireEndpoint
{
    /// <summary>Stores the answers and pages the care team when the pain score is worrying.</summary>
    /// <param name="request">The submission.</param>
    /// <param name="response">Where the answer to the app is written.</param>
    /// <returns>A task that completes when the handler is done with the request.</returns>
    Task SubmitAsync(QuestionnaireRequest request, ServerResponse response);
}
