namespace Harness.Time;

/// <summary>
/// The clock of one iteration. It starts at <see cref="Epoch"/> and moves only when the runtime has nothing ready,
/// jumping straight to the next due timer: a one-hour delay costs one scheduling step.
/// </summary>
internal sealed class VirtualClock
{
    /// <summary>Every iteration starts at this instant, so traces and timestamps are identical across runs.</summary>
    internal static readonly DateTimeOffset Epoch = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// How long the virtual machine has been up when an iteration starts: Stopwatch timestamps and
    /// Environment.TickCount count from a boot this long before <see cref="Epoch"/>, so code that treats 0 as "never"
    /// (a last-refresh stamp left at 0) sees a long-past instant, as on a real machine, and never a fresh one.
    /// </summary>
    internal static readonly TimeSpan Uptime = TimeSpan.FromDays(1);

    private readonly PriorityQueue<(VirtualTimer Timer, int Version), (long Due, long Sequence)> queue = new();
    private long sequence;

    internal long NowTicks { get; private set; }

    internal TimeSpan Elapsed => TimeSpan.FromTicks(NowTicks);

    /// <summary>The virtual time since the virtual boot: what Stopwatch timestamps and Environment.TickCount count.</summary>
    internal long UptimeTicks => Uptime.Ticks + NowTicks;

    internal DateTimeOffset UtcNow => Epoch.AddTicks(NowTicks);

    internal void Schedule(VirtualTimer timer) =>
        queue.Enqueue((timer, timer.Version), (timer.DueTicks, sequence++));

    /// <summary>Moves every timer due now into <paramref name="due"/>, earliest (then oldest) first.</summary>
    internal void TakeDue(List<(VirtualTimer Timer, int Version)> due)
    {
        while (queue.TryPeek(out var entry, out var priority))
        {
            if (!IsCurrent(entry))
            {
                queue.Dequeue();
                continue;
            }

            if (priority.Due > NowTicks)
            {
                return;
            }

            due.Add(queue.Dequeue());
        }
    }

    /// <summary>Jumps to the next armed timer's due time; false when no timer is armed.</summary>
    internal bool TryAdvance()
    {
        if (NextArmed() is not { } next)
        {
            return false;
        }

        AdvanceTo(next);
        return true;
    }

    /// <summary>Jumps to <paramref name="timer"/>'s due time (never backwards).</summary>
    internal void AdvanceTo(VirtualTimer timer) => NowTicks = Math.Max(NowTicks, timer.DueTicks);

    /// <summary>The armed timer due first, if any, without moving the clock.</summary>
    internal VirtualTimer? NextArmed()
    {
        while (queue.TryPeek(out var entry, out _))
        {
            if (IsCurrent(entry))
            {
                return entry.Timer;
            }

            queue.Dequeue();
        }

        return null;
    }

    /// <summary>Timers still armed, in due order.</summary>
    internal List<VirtualTimer> ArmedTimers() =>
        queue.UnorderedItems
            .Where(item => IsCurrent(item.Element))
            .OrderBy(item => item.Priority.Due).ThenBy(item => item.Priority.Sequence)
            .Select(item => item.Element.Timer)
            .ToList();

    private static bool IsCurrent((VirtualTimer Timer, int Version) entry) =>
        entry.Timer.IsArmed && entry.Timer.Version == entry.Version;
}
