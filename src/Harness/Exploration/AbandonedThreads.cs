using System.Globalization;
using Harness.Scheduling;

namespace Harness.Exploration;

/// <summary>
/// The iterations the watchdogs of one exploration gave up on, so its report can say when the harness could not stop
/// one of their threads (it reached no scheduling point, controlled call or rewritten loop back-edge).
/// </summary>
internal sealed class AbandonedThreads
{
    /// <summary>How long the end of an exploration waits for abandoned iterations to unwind; spent only when there are some.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private readonly Lock gate = new();
    private readonly List<ControlledRuntime> runtimes = [];

    internal void Add(ControlledRuntime runtime)
    {
        lock (gate)
        {
            runtimes.Add(runtime);
        }
    }

    /// <summary>The sentence for the report when an abandoned iteration is still running after a short wait, else null.</summary>
    internal string? Unstopped()
    {
        List<ControlledRuntime> abandoned;
        lock (gate)
        {
            abandoned = [.. runtimes];
        }

        if (abandoned.Count == 0)
        {
            return null;
        }

        var deadline = DateTime.UtcNow + Settle;
        var running = abandoned.Where(runtime => !SpinWait.SpinUntil(() => runtime.HasEnded, Remaining(deadline))).ToList();
        if (running.Count == 0)
        {
            return null;
        }

        string names = string.Join(", ", running.Select(runtime => $"'{runtime.RunningOperation?.Name ?? "?"}'").Distinct());
        return string.Create(
            CultureInfo.InvariantCulture,
            $"The harness could not stop {(running.Count == 1 ? "1 thread" : $"{running.Count} threads")} it abandoned (running {names}): no scheduling point, controlled call or rewritten loop back-edge came within {Settle.TotalSeconds:0} s, so it keeps running (or stays blocked) until the test process exits, and a spinning one keeps a core busy. Fix: give the loop an exit or the wait a bound, or name the assembly that holds the loop in \"Assemblies\" in coyote.json so the build checks its loops.");
    }

    private static TimeSpan Remaining(DateTime deadline)
    {
        var left = deadline - DateTime.UtcNow;
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }
}
