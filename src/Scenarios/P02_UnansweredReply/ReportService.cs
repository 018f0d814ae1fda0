using Harness;

namespace Scenarios.P02_UnansweredReply;

/// <summary>
/// The buggy service: the background analysis awaits the reply with nothing that can end the wait. The AI
/// service hangs, the reply never comes, and the analysis task waits forever, even after the host has stopped
/// the service (Go's goroutine blocked on <c>&lt;-resultChan</c> with no <c>ctx.Done()</c> case).
/// </summary>
/// <param name="queue">The request/reply queue to the AI service.</param>
/// <param name="stopping">Cancelled by the host when the service stops.</param>
public sealed class ReportService(AnalysisQueue queue, CancellationToken stopping) : IReportService
{
    private readonly List<string> analyses = [];

    /// <inheritdoc/>
    public IReadOnlyList<string> Analyses => analyses;

    /// <inheritdoc/>
    public async Task<string> SubmitAsync(string report)
    {
        stopping.ThrowIfCancellationRequested();
        await Controlled.Yield(); // the database insert of the report
        _ = Controlled.Run(() => AnalyzeAsync(report), "AI analysis");
        return "submitted";
    }

    private async Task AnalyzeAsync(string report)
    {
        var (_, reply) = queue.Publish(report);
        analyses.Add(await reply);
    }
}
