using System.Diagnostics;
using System.Globalization;
using Harness.Scheduling;

namespace Harness.Exploration;

/// <summary>
/// Runs controlled work on a dedicated thread and watches it. Controlled code that blocks the one scheduler
/// thread (.Result, Thread.Sleep, a contended lock) would hang the test forever; the watchdog turns that into a
/// <see cref="BugKind.BlockingWait"/> report and abandons the stuck thread. A stall never trips while a debugger
/// is attached: a developer stepping through a replayed schedule holds the thread on purpose.
/// </summary>
/// <remarks>
/// With a <see cref="TimeBudget"/>, it also cuts short an iteration that runs past the exploration's budget (a
/// livelock under a huge MaxSteps makes progress, so the stall check never sees it); it then returns no result and
/// no report, and the budget says why.
/// </remarks>
internal sealed class Watchdog(TimeSpan timeout, TimeBudget? budget = null, AbandonedThreads? abandoned = null)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// How long the scheduler thread may sit in a blocking wait (WaitSleepJoin) without a step before that is
    /// reported, when the timeout is longer: a step computes for as long as it must, but a step that blocks on a
    /// lock, an event or an unfinished task never comes back, so there is no reason to wait the full timeout.
    /// </summary>
    private static readonly TimeSpan BlockedGrace = TimeSpan.FromSeconds(1);

    /// <summary>The longest gap between two polls that counts fully towards a stall or a blocked wait (5 poll intervals).</summary>
    private static readonly TimeSpan MaxWatchedGap = TimeSpan.FromMilliseconds(100);

    private readonly Lock gate = new();
    private volatile ControlledRuntime? runtime;
    private bool gaveUp;

    internal ProgressCounter Progress { get; } = new();

    /// <summary>The iteration currently running, so a hang can be attributed to its operation and step.</summary>
    internal void Watch(ControlledRuntime iteration) => runtime = iteration;

    /// <summary>
    /// Runs <paramref name="next"/> on the watched thread unless the watchdog gave up on it: an abandoned thread that
    /// comes back from its iteration must not record results or take more iterations.
    /// </summary>
    internal bool Proceed(Action next)
    {
        lock (gate)
        {
            if (gaveUp)
            {
                return false;
            }

            next();
            return true;
        }
    }

    /// <summary>Runs <paramref name="work"/> on a fresh thread; on a hang returns the stuck runtime and the report.</summary>
    internal (T? Result, ControlledRuntime? Stuck, BugReport? Blocked) Run<T>(Func<T?> work)
        where T : class
    {
        T? result = null;
        Exception? failure = null;
        using var done = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
#pragma warning disable CA1031 // Re-thrown on the caller's thread below.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = e;
            }
            finally
            {
                done.Set();
            }
        })
        {
            IsBackground = true,
            Name = "harness scheduler",
        };
        thread.Start();

        long lastProgress = -1;
        var lastPoll = DateTime.UtcNow;
        var stalled = TimeSpan.Zero;
        var waited = TimeSpan.Zero;
        while (!done.Wait(PollInterval))
        {
            var current = runtime;
            if (current?.BlockingBug is { } blocked)
            {
                GiveUp(current);
                return (null, current, blocked);
            }

            var now = DateTime.UtcNow;
            var observed = Observed(now - lastPoll);
            lastPoll = now;
            long progress = Progress.Value;
            if (progress != lastProgress)
            {
                lastProgress = progress;
                stalled = TimeSpan.Zero;
                waited = TimeSpan.Zero;
            }
            else
            {
                stalled += observed;
            }

            waited = IsBlockedInUserCode(current, thread) ? waited + observed : TimeSpan.Zero;
            if (current is null || Debugger.IsAttached)
            {
                continue;
            }

            if (budget?.CutsRunningIteration(current.Step) == true)
            {
                GiveUp(current);
                return (null, current, null);
            }

            if (stalled >= timeout)
            {
                GiveUp(current);
                return (null, current, StalledReport(current, timeout));
            }

            if (waited >= BlockedGrace)
            {
                GiveUp(current);
                return (null, current, StalledReport(current, BlockedGrace));
            }
        }

        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return (result, null, null);
    }

    /// <summary>
    /// How much of the time since the last poll counts as watched. A poll that comes late (the watchdog thread itself
    /// was descheduled on a loaded machine) saw nothing of the interval it missed, so at most <see cref="MaxWatchedGap"/>
    /// of it counts: a hang still trips after the same watched time, a busy machine no longer looks like a hang.
    /// </summary>
    private static TimeSpan Observed(TimeSpan sinceLastPoll) =>
        sinceLastPoll < TimeSpan.Zero ? TimeSpan.Zero : sinceLastPoll > MaxWatchedGap ? MaxWatchedGap : sinceLastPoll;

    /// <summary>
    /// True when the loop thread sits in a blocking wait (WaitSleepJoin) inside a step of the code under test. Between
    /// steps the thread is in the harness (picking the next item, starting the next iteration, taking a lock shared with
    /// other searches) or handing the baton to another thread; a wait there is the harness's own and lasts as long as
    /// the machine makes it, so it is never read as the code under test blocking. (A harness wait that never ends still
    /// trips the stall timeout.)
    /// </summary>
    private static bool IsBlockedInUserCode(ControlledRuntime? current, Thread watched) =>
        current is { IsHandingOff: false, RunningOperation: not null }
        && ((current.LoopThread ?? watched).ThreadState & System.Threading.ThreadState.WaitSleepJoin) != 0
        && !current.IsHandingOff;

    private void GiveUp(ControlledRuntime stuck)
    {
        lock (gate)
        {
            gaveUp = true;
            stuck.Abandon();
            abandoned?.Add(stuck);
        }
    }

    private static BugReport StalledReport(ControlledRuntime stuck, TimeSpan tripped)
    {
        string operation = stuck.RunningOperation?.Name ?? "?";
        return new BugReport(BugKind.BlockingWait,
            string.Create(CultureInfo.InvariantCulture, $"'{operation}' held the scheduler thread for {tripped.TotalSeconds:0.#} s without reaching a scheduling point. A blocking call (Thread.Sleep, lock contention, SemaphoreSlim.Wait(), ManualResetEventSlim.Wait()) or a long synchronous loop does this, and all controlled work shares that one thread. Fix: use the async form (await Task.Delay(ts, Controlled.Time), await semaphore.WaitAsync()); if the step legitimately computes that long, raise the watchdog timeout ([ConcurrencyFact(WatchdogTimeoutSeconds = ...)], coyote.json \"WatchdogTimeoutSeconds\", HARNESS_WATCHDOG_TIMEOUT_SECONDS, or ExplorationOptions.WatchdogTimeout). The harness stops the abandoned thread at its next scheduling point, controlled call or loop back-edge in rewritten code; a thread that reaches none of them (a loop in code the build does not rewrite) cannot be stopped and keeps a core busy until the test process exits."),
            "", [operation], stuck.Step, stuck.Clock.Elapsed);
    }
}
