using Harness.Scheduling;

namespace Harness.Time;

/// <summary>
/// A timer of the virtual clock. It never fires on its own: the runtime turns it into a ready work item when the
/// clock reaches its due time, so the strategy orders timers that fire at the same instant like any other work.
/// </summary>
internal sealed class VirtualTimer : ITimer
{
    private readonly VirtualClock clock;
    private readonly TimerCallback callback;
    private readonly object? state;
    private readonly ExecutionContext? executionContext;

    internal VirtualTimer(VirtualClock clock, int id, Operation owner, TimerCallback callback, object? state)
    {
        this.clock = clock;
        Id = id;
        Owner = owner;
        this.callback = callback;
        this.state = state;
        executionContext = ExecutionContext.Capture();
    }

    internal int Id { get; }

    /// <summary>The operation that created the timer: its fires are attributed to it in traces and leak reports.</summary>
    internal Operation Owner { get; }

    /// <summary>Where the timer was created (traced runs only): the user's line behind a Delay or CancelAfter.</summary>
    internal Diagnostics.SourceLocation? CreatedAt { get; init; }

    /// <summary>Bumped by every Change and Dispose, so a queued fire of an older arming is recognised as stale.</summary>
    internal int Version { get; private set; }

    internal long DueTicks { get; private set; }

    internal long PeriodTicks { get; private set; }

    internal bool IsArmed { get; private set; }

    /// <summary>The BCL timer this one stands in for ("System.Threading.Timer"), named in leak reports; null for an ITimer or a PeriodicTimer.</summary>
    internal string? Api { get; set; }

    internal bool IsDisposed { get; private set; }

    internal bool IsPeriodic => PeriodTicks > 0;

    /// <summary>
    /// The timer of a CancellationTokenSource made with a timeout or given CancelAfter: the runtime passes the
    /// source itself as the timer's state.
    /// </summary>
    internal bool CancelsSource => state is CancellationTokenSource;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (IsDisposed)
        {
            return false;
        }

        Version++;
        PeriodTicks = period == Timeout.InfiniteTimeSpan ? 0 : period.Ticks;
        IsArmed = dueTime != Timeout.InfiniteTimeSpan;
        if (IsArmed)
        {
            DueTicks = clock.NowTicks + Math.Max(0, dueTime.Ticks);
            clock.Schedule(this);
        }

        return true;
    }

    public void Dispose()
    {
        IsDisposed = true;
        IsArmed = false;
        Version++;
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs the callback for the arming identified by <paramref name="version"/>; false if it went stale.</summary>
    internal bool Fire(int version)
    {
        if (version != Version || IsDisposed)
        {
            return false;
        }

        IsArmed = false;
        if (PeriodTicks > 0)
        {
            IsArmed = true;
            DueTicks = clock.NowTicks + PeriodTicks;
            clock.Schedule(this);
        }

        if (executionContext is null)
        {
            callback(state);
        }
        else
        {
            ExecutionContext.Run(executionContext, static s => ((VirtualTimer)s!).callback(((VirtualTimer)s!).state), this);
        }

        return true;
    }
}
