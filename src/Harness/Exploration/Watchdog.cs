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
        var stalledSince = DateTime.UtcNow;
        DateTime? waitingSince = null;
        while (!done.Wait(PollInterval))
        {
            var current = runtime;
            if (current?.BlockingBug is { } blocked)
            {
                GiveUp(current);
                return (null, current, blocked);
            }

            var now = DateTime.UtcNow;
            long progress = Progress.Value;
            if (progress != lastProgress)
            {
                lastProgress = progress;
                stalledSince = now;
                waitingSince = null;
            }

            bool waiting = current?.IsHandingOff != true && ((current?.LoopThread ?? thread).ThreadState & System.Threading.ThreadState.WaitSleepJoin) != 0;
            waitingSince = waiting ? waitingSince ?? now : null;
            if (current is null || Debugger.IsAttached)
            {
                continue;
            }

            if (budget?.CutsRunningIteration(current.Step) == true)
            {
                GiveUp(current);
                return (null, current, null);
            }

            if (now - stalledSince >= timeout)
            {
                GiveUp(current);
                return (null, current, StalledReport(current, timeout));
            }

            if (now - waitingSince >= BlockedGrace)
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
            string.Create(CultureInfo.InvariantCulture, $"'{operation}' held the scheduler thread for {tripped.TotalSeconds:0.#} s without reaching a scheduling point. A blocking call (Thread.Sleep, lock contention, SemaphoreSlim.Wait(), ManualResetEventSlim.Wait()) or a long synchronous loop does this, and all controlled work shares that one thread. Fix: use the async form (await Task.Delay(ts, Controlled.Time), await semaphore.WaitAsync()); if the step legitimately computes that long, raise WatchdogTimeout. The harness stops the abandoned thread at its next scheduling point, controlled call or loop back-edge in rewritten code; a thread that reaches none of them (a loop in code the build does not rewrite) cannot be stopped and keeps a core busy until the test process exits."),
            "", [operation], stuck.Step, stuck.Clock.Elapsed);
    }
}
