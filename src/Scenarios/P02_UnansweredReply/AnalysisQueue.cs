namespace Scenarios.P02_UnansweredReply;

/// <summary>
/// Request/reply over a message queue to the AI analysis service: a request is published with a correlation id,
/// and the reply consumer completes the matching pending task. If the service never replies, nothing completes it.
/// </summary>
public sealed class AnalysisQueue
{
    private readonly Dictionary<int, TaskCompletionSource<string>> pending = [];
    private int lastId;

    /// <summary>Requests published and not yet answered or abandoned.</summary>
    public int Pending => pending.Count;

    /// <summary>Publishes an analysis request.</summary>
    /// <param name="report">The patient report to analyse.</param>
    /// <returns>The correlation id and the task the reply will complete.</returns>
    public (int Id, Task<string> Reply) Publish(string report)
    {
        ArgumentException.ThrowIfNullOrEmpty(report);
        var reply = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending.Add(++lastId, reply);
        return (lastId, reply.Task);
    }

    /// <summary>Called by the reply consumer when the service answers.</summary>
    /// <param name="id">The correlation id of the request.</param>
    /// <param name="analysis">The service's analysis.</param>
    public void Answer(int id, string analysis)
    {
        if (pending.Remove(id, out var reply))
        {
            reply.SetResult(analysis);
        }
    }

    /// <summary>Forgets a request whose caller stopped waiting, so a late reply is dropped.</summary>
    /// <param name="id">The correlation id of the request.</param>
    public void Abandon(int id) => pending.Remove(id);
}
