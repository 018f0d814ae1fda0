using System.Diagnostics;
using Harness.Diagnostics;

namespace Harness.Tests.Diagnostics;

internal sealed record EscapeReport(bool IsBlockingWait, string What, StackTrace Where)
{
    public SourceLocation? Site => EscapeSite.FirstUserFrame(Where);
}

/// <summary>A fake runtime: records what the listener reports, optionally reacting to it.</summary>
internal sealed class RecordingSink(int controlledSchedulerId) : IEscapeSink
{
    private readonly Lock gate = new();
    private readonly List<EscapeReport> reports = [];

    public int ControlledSchedulerId { get; } = controlledSchedulerId;

    /// <summary>Runs inside the blocking-wait report, before the wait starts: lets a test complete the awaited task instead of hanging.</summary>
    public Action? OnBlockingWaitHook { get; set; }

    public bool ThrowOnReport { get; set; }

    public IReadOnlyList<EscapeReport> Reports
    {
        get
        {
            lock (gate)
            {
                return [.. reports];
            }
        }
    }

    public void OnUncontrolledWork(string what, StackTrace where) => Record(new EscapeReport(false, what, where));

    public void OnThreadPoolWork(string what, StackTrace where) => Record(new EscapeReport(false, what, where));

    public void OnBlockingWait(string what, StackTrace where)
    {
        Record(new EscapeReport(true, what, where));
        OnBlockingWaitHook?.Invoke();
    }

    private void Record(EscapeReport report)
    {
        lock (gate)
        {
            reports.Add(report);
        }

        if (ThrowOnReport)
        {
            throw new InvalidOperationException("sink failure");
        }
    }
}
