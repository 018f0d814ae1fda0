using System.Diagnostics;
using Harness.Diagnostics;

namespace Harness.Scheduling;

/// <summary>
/// "UncontrolledConcurrency": "allow". Work the harness cannot control is tolerated instead of reported: what it posts
/// back to controlled code from its own thread waits in an inbox that the loop drains before each choice, and before
/// the loop calls an iteration stuck it waits for that inbox in real time, up to <see cref="RuntimeLimits.UncontrolledWait"/>.
/// The first thing tolerated is kept, so a bug report and a diverging replay can say the run was only partly controlled.
/// </summary>
internal sealed partial class ControlledRuntime
{
    private static readonly TimeSpan InboxPoll = TimeSpan.FromMilliseconds(50);

    // Made on first use under Allow only: every iteration builds a runtime, and the default ("report") never posts here.
    private Queue<(Operation? Operation, SendOrPostCallback? Callback, object? State, Task? Task)>? inbox;
    private (string What, SourceLocation? Where)? partlyControlled;

    // A foreign thread and the loop may both come first: EnsureInitialized publishes one queue to both.
    private Queue<(Operation? Operation, SendOrPostCallback? Callback, object? State, Task? Task)> Inbox => LazyInitializer.EnsureInitialized(ref inbox);

    private bool AllowsUncontrolled => limits.Uncontrolled == UncontrolledConcurrencyMode.Allow;

    /// <summary>The first uncontrolled work the iteration tolerated, or null when it was fully controlled.</summary>
    internal (string What, SourceLocation? Where)? PartlyControlled => partlyControlled;

    /// <summary>Under Allow, notes <paramref name="what"/> as tolerated and returns true; otherwise false (report it).</summary>
    private bool Tolerate(string what, StackTrace? where)
    {
        if (!AllowsUncontrolled)
        {
            return false;
        }

        partlyControlled ??= (what, where is null ? null : EscapeSite.FirstUserFrame(where));
        return true;
    }

    /// <summary>A post or a task from a thread without the baton: under Allow it waits in the inbox.</summary>
    private bool TryAcceptForeign(Operation? operation, SendOrPostCallback? callback, object? state, Task? task)
    {
        if (!AllowsUncontrolled)
        {
            return false;
        }

        var queue = Inbox;
        lock (queue)
        {
            queue.Enqueue((operation, callback, state, task));
            Monitor.PulseAll(queue);
        }

        return true;
    }

    /// <summary>Moves what uncontrolled threads posted onto the ready list, in arrival order; true when there was any.</summary>
    private bool DrainInbox()
    {
        if (!AllowsUncontrolled)
        {
            return false;
        }

        (Operation? Operation, SendOrPostCallback? Callback, object? State, Task? Task)[] arrived;
        var queue = Inbox;
        lock (queue)
        {
            if (queue.Count == 0)
            {
                return false;
            }

            arrived = [.. queue];
            queue.Clear();
        }

        partlyControlled ??= ("work on a thread the harness does not control woke controlled code", null);
        foreach (var (operation, callback, state, task) in arrived)
        {
            if (task is not null)
            {
                EnqueueTask(task);
            }
            else
            {
                Post(operation!, callback!, state);
            }
        }

        return true;
    }

    /// <summary>
    /// Under Allow, before the loop calls the iteration stuck: waits in real time, up to the bound, for uncontrolled
    /// work to wake controlled code. The wait is cut in slices that count as progress, so the watchdog does not take it
    /// for a blocked step.
    /// </summary>
    private bool WaitForUncontrolled()
    {
        if (!AllowsUncontrolled)
        {
            return false;
        }

        long deadline = Stopwatch.GetTimestamp() + (long)(limits.UncontrolledWait.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            if (DrainInbox())
            {
                return true;
            }

            var left = TimeSpan.FromSeconds((double)(deadline - Stopwatch.GetTimestamp()) / Stopwatch.Frequency);
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            var queue = Inbox;
            lock (queue)
            {
                if (queue.Count == 0)
                {
                    Monitor.Wait(queue, left < InboxPoll ? left : InboxPoll);
                }
            }

            Progress?.Advance();
        }
    }

    /// <summary>The bug, saying the run was only partly controlled when it was.</summary>
    private BugReport? WithPartialControl(BugReport? found) =>
        found is not null && partlyControlled is { } partly ? Verdicts.PartlyControlled(found, partly.What, partly.Where) : found;

    /// <summary>A replay that diverged in a partly controlled run says why it may have.</summary>
    private Strategies.ReplayDivergenceException? WithPartialControl(Strategies.ReplayDivergenceException? divergence) =>
        divergence is not null && partlyControlled is { } partly
            ? new Strategies.ReplayDivergenceException(divergence.Step, divergence.Reason + Verdicts.PartlyControlledNote(partly.What, partly.Where), divergence.ChoiceUnavailable)
            : divergence;
}
