using System.Globalization;
using Harness.Diagnostics;

namespace Harness.Scheduling;

/// <summary>What a step's trace line says it did: which method resumed after which await, which timer fired.</summary>
internal sealed partial class ControlledRuntime
{
    private string Describe(WorkItem item)
    {
        switch (item.Kind)
        {
            case WorkKind.Start:
                return item.Operation.Starter == item.Task
                    ? "starts" + (item.Operation.SpawnSite is { } site ? $" (spawned at {site})" : "")
                    : "runs a task queued to the controlled scheduler";
            case WorkKind.Timer:
                var timer = item.Timer!;
                // No creation site here: stack-trace lines of optimized code may differ from Debug builds, and
                // traces must be byte-identical in every build. Leak reports carry the site.
                return string.Create(CultureInfo.InvariantCulture, $"timer {timer.Id} fires")
                    + (timer.Version == item.TimerVersion && !timer.IsDisposed ? "" : ", already changed or disposed: skipped");
            case WorkKind.TimerRace:
                return DescribeTimerRace(item);
            case WorkKind.Resume:
                return item.Parked!.What + " at " + item.Parked.Site;
            case WorkKind.PoolItem when !AsyncStateMachines.IsBox(ContinuationTargets.UnwrapPoolItem(item.State!)):
                return "runs runtime work caught on its way to the thread pool (" + item.State!.GetType().Name + ")";
            default:
                object? target = item.Kind == WorkKind.PoolItem ? ContinuationTargets.UnwrapPoolItem(item.State!) : ContinuationTargets.Unwrap(item.State);
                if (AsyncStateMachines.TryDescribeResumption(target, out string method, out int awaitIndex, out var location))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"resumes {method} after await #{awaitIndex}")
                        + (location is null ? "" : $" ({location})");
                }

                return "runs a posted callback";
        }
    }
}
