using Harness.Diagnostics;
using Harness.Hybrid;
using Harness.Races;
using Harness.Strategies;
using Harness.Time;

namespace Harness.Scheduling;

/// <summary>
/// The controlled runtime of ONE iteration. Controlled work runs on the thread that calls <see cref="Run"/>, and
/// in hybrid mode on more threads of the iteration that pass a baton, so exactly one of them runs at a time; at
/// every scheduling point the strategy picks the next ready work item. Virtual time moves only when nothing is
/// ready. Not thread-safe by design: anything arriving from a thread without the baton is an escape and is reported.
/// </summary>
internal sealed partial class ControlledRuntime : IEscapeSink
{
    [ThreadStatic]
    private static ControlledRuntime? current;

    private readonly ISchedulingStrategy strategy;
    private readonly RuntimeLimits limits;
    private readonly List<WorkItem> ready = [];
    private readonly List<Operation> operations = [];
    private readonly List<Choice> schedule = new(64);
    private readonly List<(VirtualTimer Timer, int Version)> dueTimers = [];
    private Thread? thread;
    private Thread? runner;
    private WorkItem? currentItem;
    private ReplayDivergenceException? divergenceFound;
    private ThreadPoolCapture? activeCapture;
    private Operation? running;
    private Operation? main;
    private BugReport? bug;
    private volatile BugReport? blockingBug;
    private volatile string? foreignPost;
    private int step;

    internal ControlledRuntime(ISchedulingStrategy strategy, RuntimeLimits limits, bool traced)
    {
        this.strategy = strategy;
        this.limits = limits;
        TaskScheduler = new ControlledTaskScheduler(this);
        Trace = traced ? new TraceLog() : null;
    }

    /// <summary>The runtime whose iteration is running on this thread, or null outside any run.</summary>
    internal static ControlledRuntime? Current => current;

    internal VirtualClock Clock { get; } = new();

    /// <summary>
    /// The thread running the loop now (the hybrid mode hands the loop between threads), for the watchdog, which
    /// reads it from its own thread: a reference read, at worst one hand-off old.
    /// </summary>
    internal Thread? LoopThread => Volatile.Read(ref thread);

    internal ControlledTaskScheduler TaskScheduler { get; }

    internal TraceLog? Trace { get; }

    internal bool IsSchedulerThread => Thread.CurrentThread == thread;

    /// <summary>Set from the scheduler thread just before it hangs in a blocking wait; read by the watchdog.</summary>
    internal BugReport? BlockingBug => blockingBug;

    /// <summary>Raised once per step, read by the watchdog on another thread to see that the iteration moves.</summary>
    internal ProgressCounter? Progress { get; init; }

    internal Operation? RunningOperation => running;

    /// <summary>Where thread-pool work queued by steps is caught; null runs without (such work then escapes).</summary>
    internal ThreadPoolCapture? PoolCapture { get; init; }

    public int ControlledSchedulerId => TaskScheduler.Id;

    /// <summary>Runs one iteration of <paramref name="body"/> to quiescence, a bug, or a replay divergence.</summary>
    internal IterationOutcome Run(Func<Task> body, string bodyName)
    {
        thread = Thread.CurrentThread;
        runner = thread;
        activeCapture = PoolCapture;
        current = this;
        try
        {
            main = StartOperation(bodyName, null, () => body());
            Drive(null);
        }
        finally
        {
            current = null;
            self = null;
            SynchronizationContext.SetSynchronizationContext(null);
            DiscardLeftoverPoolWork();
            ended = true;
        }

        var divergence = divergenceFound;
        strategy.EndIteration(step);
        if (divergence is null && bug is null && strategy is ReplayStrategy replay && step < replay.Schedule.Count)
        {
            divergence = new ReplayDivergenceException(step, $"the program finished after {step} steps, but the recording has {replay.Schedule.Count}");
        }

        return new IterationOutcome(WithPartialControl(WithTimerRaces(bug)), WithPartialControl(divergence), step, Clock.Elapsed, schedule, Trace);
    }

    /// <summary>Picks the next item: null when the iteration ends (<see cref="bug"/> or a divergence says why).</summary>
    private WorkItem? PickNext()
    {
        try
        {
            return Pick();
        }
        catch (ReplayDivergenceException e)
        {
            divergenceFound = e;
            return null;
        }
    }

    private WorkItem? Pick()
    {
        while (bug is null)
        {
            DrainInbox();
            ReleaseDueTimers();
            if (blocked is { Count: > 0 })
            {
                WakeBlocked();
            }

            if (ready.Count == 0)
            {
                if (foreignPost is { } what)
                {
                    bug = Verdicts.ForeignPost(this, what);
                }
                else if (main!.IsFinished ? ContinueTail() : Clock.TryAdvance())
                {
                    continue;
                }
                else
                {
                    var stuck = main.IsFinished ? Verdicts.AtEnd(this, operations, main) : Verdicts.Deadlock(this, operations, main);
                    if (stuck is not null && WaitForUncontrolled())
                    {
                        continue;
                    }

                    bug = stuck;
                }

                return null;
            }

            if (step >= limits.MaxSteps)
            {
                bug = StepBoundReached();
                return null;
            }

            OfferTimerRace();
            int index = strategy.Choose(ready, step);
            var item = ready[index];
            ready.RemoveAt(index);
            SettleTimerRace(item);
            schedule.Add(new Choice(index, item.FlowId));
            return item;
        }

        return null;
    }

    /// <summary>The bookkeeping after a step ran (or parked): pool work it queued, progress, bugs it revealed.</summary>
    private void AfterStep()
    {
        var item = currentItem!;
        CheckAtomicClosed();
        CatchPoolWork(item.Operation);
        step++;
        Progress?.Advance();
        NoteBodyReturned();
        bug ??= CheckAfterStep(item);
    }

    private BugReport? CheckAfterStep(WorkItem item)
    {
        if (pendingEscape is { } escape)
        {
            pendingEscape = null;
            if (!Tolerate(escape.What, escape.Where))
            {
                return Verdicts.Escape(this, item.Operation, escape.What, escape.Where);
            }
        }

        if (foreignPost is { } what)
        {
            return Verdicts.ForeignPost(this, what);
        }

        return main!.Completion!.IsFaulted || main.Completion.IsCanceled ? Verdicts.BodyFailed(this, main) : null;
    }

    private void ReleaseDueTimers()
    {
        Clock.TakeDue(dueTimers);
        foreach (var (timer, version) in dueTimers)
        {
            ready.Add(new WorkItem { Kind = WorkKind.Timer, Operation = timer.Owner, FlowId = timer.Id, Timer = timer, TimerVersion = version });
        }

        dueTimers.Clear();
    }

    internal int Step => step;

    /// <summary>The choices made so far (the whole schedule once the iteration ended).</summary>
    internal IReadOnlyList<Choice> Schedule => schedule;

    internal IReadOnlyList<Operation> Operations => operations;
}
