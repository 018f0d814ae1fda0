using Harness;

namespace Scenarios.P02_UnansweredReply;

/// <summary>
/// The fixed service: the background analysis waits for the reply only as long as the service runs. When the
/// host stops it, <see cref="Task.WaitAsync(CancellationToken)"/> ends the wait, the request is abandoned, and
/// the task finishes (Go's fix: <c>select</c> on the reply and on <c>ctx.Done()</c>).
/// </summary>
/// <param name="queue">The request/reply queue to the AI service.</param>
/// <param name="stopping">Cancelled by the host when the service stops.</param>
public sealed class StoppableReportService(AnalysisQueue queue, CancellationToken stopping) : IReportService
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
        var (id, reply) = queue.Publish(report);
        try
        {
            analyses.Add(await reply.WaitAsync(stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The service is stopping: a reply arriving later has nobody to deliver it to.
            queue.Abandon(id);
        }
    }
}
