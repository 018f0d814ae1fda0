namespace Scenarios.P19_WorkOutlivesRequest;

/// <summary>A patient submits a symptom questionnaire from the app.</summary>
/// <param name="Patient">Who submits it.</param>
/// <param name="PainScore">The pain score answered, 0 to 10.</param>
/// <param name="Aborted">Cancelled when the client goes away (ASP.NET Core's HttpContext.RequestAborted).</param>
public sealed record QuestionnaireRequest(string Patient, int PainScore, CancellationToken Aborted);
