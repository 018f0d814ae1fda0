using Harness;

namespace Scenarios.P19_WorkOutlivesRequest;

/// <summary>
/// P19: a patient reports a pain score of 8; the endpoint saves it and pages the care team. The buggy endpoint
/// pages from a fire-and-forget task that writes to the response after the request may have ended.
/// </summary>
public static class WorkOutlivesRequest
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P19",
        "background work outlives its request",
        BugKind.AssertionFailure,
        () => PatientReportsSeverePain(pager => new QuestionnaireEndpoint(pager)),
        () => PatientReportsSeverePain(pager => new RequestBoundQuestionnaireEndpoint(pager)));

    private static async Task PatientReportsSeverePain(Func<CareTeamPager, IQuestionnaireEndpoint> open)
    {
        var endpoint = open(new CareTeamPager());

        var response = await WebHost.ServeAsync(endpoint, "patient 12", painScore: 8);

        Invariant.Assert(response.Body.StartsWith("answers saved", StringComparison.Ordinal), "the app is told its answers are saved");
    }
}
