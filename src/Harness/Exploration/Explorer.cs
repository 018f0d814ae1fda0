using Harness.Diagnostics;
using Harness.Scheduling;
using Harness.Strategies;

namespace Harness.Exploration;

/// <summary>
/// Runs a test body for many iterations under a strategy, untraced for speed; shrinks the failing schedule
/// (unless <see cref="ExplorationOptions.Shrink"/> is off), re-runs it traced by replaying its recorded choices,
/// and checks that the replay reproduces the same bug. Stops early when a systematic strategy has run every
/// schedule it can produce. Exploring runs leave the runtime's task events off for speed (see
/// <see cref="EscapeListener"/>) except the first: work that escapes on every schedule through a path only those
/// events see (a LongRunning task, a TaskScheduler with its own threads) is still reported.
/// </summary>
internal sealed class Explorer(Func<Task> body, string bodyName, ExplorationOptions options)
{
    private readonly RuntimeLimits limits = new(options.MaxSteps);

    internal ExplorationResult Explore(ISchedulingStrategy strategy)
    {
        EscapeListener.EnsureStarted();
        var watchdog = new Watchdog(options.WatchdogTimeout);
        int iterations = 0;
        long steps = 0;
        var (found, stuck, blocked) = watchdog.Run<IterationOutcome>(() =>
        {
            using var capture = ThreadPoolCapture.Install();
            for (int i = 0; i < options.Iterations && !strategy.IsExhausted; i++)
            {
                iterations = i + 1;
                strategy.BeginIteration(i);
                var runtime = new ControlledRuntime(strategy, limits, traced: false) { Progress = watchdog.Progress, PoolCapture = capture };
                watchdog.Watch(runtime);
                var outcome = RunIteration(runtime, withTaskEvents: i == 0);
                steps += outcome.Steps;
                if (outcome.Bug is not null)
                {
                    return outcome;
                }
            }

            return null;
        });

        var coverage = SearchCoverage.Of(options, iterations, strategy.IsExhausted, bugFound: blocked is not null || found is not null);
        if (blocked is not null)
        {
            return Explained(blocked, stuck!.Schedule.ToList(), iterations, steps + stuck.Step, coverage);
        }

        if (found is null)
        {
            return new ExplorationResult(null, iterations, steps, [], [], null, options, coverage);
        }

        if (options.Shrink && Shrinker.Shrink(body, bodyName, limits, options, found.Bug!, found.Schedule) is { } shrunk)
        {
            // Where the shrunk schedule does not replay identically (uncontrolled work racing the runs), the
            // schedule exploration found is reported instead: shrinking must never cost a reproducible report.
            var result = Explained(shrunk.Bug, shrunk.Schedule, iterations, steps, coverage, found.Schedule);
            if (result.ReplayProblem is null)
            {
                return result;
            }
        }

        return Explained(found.Bug!, found.Schedule, iterations, steps, coverage);
    }

    internal ExplorationResult Replay(IReadOnlyList<Choice> schedule)
    {
        EscapeListener.EnsureStarted();
        var traced = RunTraced(schedule);
        string? problem = traced.Divergence?.Message;
        return new ExplorationResult(traced.Bug, 1, traced.Steps, schedule, traced.Trace?.Lines ?? [], problem, options, SearchCoverage.OfReplay(traced.Bug is not null));
    }

    private IterationOutcome RunIteration(ControlledRuntime runtime, bool withTaskEvents)
    {
        if (!withTaskEvents)
        {
            return runtime.Run(body, bodyName);
        }

        using var taskEvents = EscapeListener.TraceTaskEvents();
        return runtime.Run(body, bodyName);
    }

    /// <summary>Re-runs a failing schedule traced, and says so when the bug does not come back identically.</summary>
    private ExplorationResult Explained(BugReport bug, IReadOnlyList<Choice> schedule, int iterations, long steps, SearchCoverage coverage, IReadOnlyList<Choice>? original = null)
    {
        var traced = RunTraced(schedule);
        string? problem = traced.Divergence?.Message;

        // A blocked thread is named by the watchdog while exploring and by the task events in the traced run
        // (".Result on an unfinished task"): the kind must match, the wording may not.
        bool sameBug = traced.Bug?.Kind == bug.Kind && (bug.Kind == BugKind.BlockingWait || traced.Bug.Summary == bug.Summary);
        if (problem is null && traced.Bug?.Kind == BugKind.UncontrolledConcurrency && bug.Kind != BugKind.UncontrolledConcurrency)
        {
            // Work escaped in a way only the traced run's task events see; that escape is what made the bug.
            sameBug = true;
        }

        if (problem is null && !sameBug)
        {
            problem = $"Replay did not reproduce the bug: the exploring run found {bug.Kind} ({bug.Summary}), the traced re-run of the same schedule found {(traced.Bug is null ? "no bug" : traced.Bug.Kind.ToString())}. "
                + "The test has nondeterminism the harness does not control: real time (DateTime.Now, Stopwatch), unseeded Random, thread-pool work, or static state left over from an earlier iteration. Fix: use Controlled.Time and seeded randomness, and reset static state at the start of the test.";
        }

        return new ExplorationResult(traced.Bug ?? bug, iterations, steps, schedule, traced.Trace?.Lines ?? [], problem, options, coverage)
        {
            OriginalChoices = original,
        };
    }

    private IterationOutcome RunTraced(IReadOnlyList<Choice> schedule)
    {
        var watchdog = new Watchdog(options.WatchdogTimeout);
        var replay = new ReplayStrategy(schedule);
        using var taskEvents = EscapeListener.TraceTaskEvents();
        var (outcome, stuck, blocked) = watchdog.Run<IterationOutcome>(() =>
        {
            using var capture = ThreadPoolCapture.Install();
            var runtime = new ControlledRuntime(replay, limits, traced: true) { Progress = watchdog.Progress, PoolCapture = capture };
            watchdog.Watch(runtime);
            return runtime.Run(body, bodyName);
        });

        return blocked is null
            ? outcome!
            : new IterationOutcome(blocked, null, stuck!.Step, stuck.Clock.Elapsed, stuck.Schedule, stuck.Trace);
    }
}
