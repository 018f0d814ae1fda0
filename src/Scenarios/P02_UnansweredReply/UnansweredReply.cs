using Harness;

namespace Scenarios.P02_UnansweredReply;

/// <summary>
/// P02: a patient's app uploads a report; the service answers "submitted" and has the report analysed in the
/// background. The AI service hangs and never replies. Then the host stops the service: a background wait with
/// no way out outlives it.
/// </summary>
public static class UnansweredReply
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P02",
        "caller awaits a reply that never arrives",
        BugKind.LeakedTask,
        () => ReportIsSubmittedWhileTheAnalysisServiceHangs((queue, stopping) => new ReportService(queue, stopping)),
        () => ReportIsSubmittedWhileTheAnalysisServiceHangs((queue, stopping) => new StoppableReportService(queue, stopping)));

    private static async Task ReportIsSubmittedWhileTheAnalysisServiceHangs(Func<AnalysisQueue, CancellationToken, IReportService> open)
    {
        // Nobody ever calls queue.Answer: the AI service is down.
        var queue = new AnalysisQueue();
        using var host = new CancellationTokenSource();
        var service = open(queue, host.Token);

        string answer = await service.SubmitAsync("ePRO week 3: pain 7/10, sleep 4 h");
        Invariant.Assert(answer == "submitted", "the app is answered without waiting for the analysis");

        // The host shuts the service down; work bound to the service must end with it.
        host.Cancel();
    }
}
