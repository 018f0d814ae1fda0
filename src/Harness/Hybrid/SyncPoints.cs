using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// The one implementation behind the synchronous interception targets and the explicit API
/// (<see cref="Controlled.Interleave"/>, <see cref="Controlled.BeforeRead"/>, <see cref="Controlled.BeforeWrite"/>).
/// </summary>
internal static class SyncPoints
{
    /// <summary>
    /// The runtime whose controlled step runs on this thread, or null where the caller must behave as the BCL
    /// (outside a run, or on a thread the scheduler does not control). Throws when the iteration is over, so a parked
    /// thread that was told to leave unwinds instead of waiting again.
    /// </summary>
    internal static ControlledRuntime? Active()
    {
        if (ControlledRuntime.Active is not { } runtime)
        {
            return null;
        }

        if (runtime.IsOver)
        {
            throw new IterationAbandonedException();
        }

        return runtime.CanPark ? runtime : null;
    }

    /// <summary>For releases (Monitor.Exit, Lock.Exit): null outside a run, and also once the iteration is over, so unwinding code releases nothing.</summary>
    internal static ControlledRuntime? ActiveForRelease(out bool abandoned)
    {
        var runtime = ControlledRuntime.Current;
        abandoned = runtime is { IsOver: true };
        return runtime is not null && runtime.CanPark ? runtime : null;
    }

    internal static void Interleave(string what, string site) => Active()?.Park(new ParkedWait(what, null, site, null));

    internal static void Access(object? owner, string field, bool write, string site)
    {
        if (Active() is not { } runtime)
        {
            return;
        }

        var wait = new ParkedWait(write ? "writes" : "reads", field, site, null);
        runtime.Park(wait);
        runtime.OnAccess(owner, field, write, site, wait.ParkedAt);
    }

    /// <summary>"File.cs:42" from compiler-supplied caller information: never an absolute path (traces are machine-independent).</summary>
    internal static string Site(string file, int line) =>
        OperationNames.Site(file, line)?.ToString() ?? "?";
}
