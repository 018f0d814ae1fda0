using Harness.Diagnostics;
using Harness.Scheduling;
using Harness.Strategies;

namespace Harness.Exploration;

/// <summary>
/// Runs a test body for many iterations under a strategy, untraced for speed; shrinks the failing schedule
/// (unless <see cref="ExplorationOptions.Shrink"/> is off), re-runs it traced by replaying its recorded choices,
/// and checks that the replay reproduces the same bug. Stops early when a systematic strategy has run every
/// schedule it can produce. With <see cref="ExplorationOptions.Workers"/> above 1, strategies that allow it
/// spread the iterations over several scheduler threads (<see cref="ParallelSearch"/>) with the same result.
/// </summary>
internal sealed class Explorer(Func<Task> body, string bodyName, ExplorationOptions options)
{
    private readonly RuntimeLimits limits = new(options.MaxSteps, options.TimerRaces, options.UncontrolledConcurrency, options.WatchdogTimeout);
    private readonly AbandonedThreads abandoned = new();

    internal ExplorationResult Explore(Func<ISchedulingStrategy> createStrategy)
    {
        var result = Search(createStrategy);
        result.UnstoppedThreads = abandoned.Unstopped();
        return result;
    }

    private ExplorationResult Search(Func<ISchedulingStrategy> createStrategy)
    {
        EscapeListener.EnsureStarted();
        var strategy = createStrategy();
        var budget = new TimeBudget(options.TimeBudget, options.WallClock);
        var loop = new SearchLoop(body, bodyName, limits, options.WatchdogTimeout, budget, abandoned);
        int workers = options.Workers == 0 ? Environment.ProcessorCount : options.Workers;
        bool sharded = options.ShardCount > 1;
        var search = strategy is IParallelStrategy parallel && (workers > 1 || sharded)
            ? new ParallelSearch(loop, createStrategy, workers, options.Iterations, options.ShardIndex, options.ShardCount).Run(parallel)
            : sharded && options.ShardIndex != 0
                ? new SearchOutcome(null, 0, 0) // A search that runs in order (exhaustive) runs whole, on shard 0.
                : Serial(loop, strategy);
        var (found, iterations, steps) = (search.Bug, search.Iterations, search.Steps);

        var coverage = SearchCoverage.Of(options, found is null && !strategy.IsExhausted ? search.Ran : iterations, strategy.IsExhausted, bugFound: found is not null);
        if (sharded)
        {
            coverage = SearchCoverage.OfShard(options, coverage, search.Ran);
        }

        if (found is null)
        {
            return new ExplorationResult(null, iterations, steps, [], [], null, options, coverage)
            {
                OutOfTime = budget.Spent ? budget.OutOfTime(options, search.Ran, coverage) : null,
            };
        }

        if (found.Bug!.Kind == BugKind.BlockingWait)
        {
            // Not shrunk: each reproducing run would strand another scheduler thread.
            return Explained(found.Bug, found.Schedule, iterations, steps, coverage);
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
        var traced = RunTraced(new ReplayStrategy(schedule));
        string? problem = traced.Divergence?.Message;
        return new ExplorationResult(traced.Bug, 1, traced.Steps, schedule, traced.Trace?.LinesFor(options.FullTrace) ?? [], problem, options, SearchCoverage.OfReplay(traced.Bug is not null))
        {
            Diagram = Diagram(traced, traced.Bug),
            Divergence = traced.Divergence,
            UnstoppedThreads = abandoned.Unstopped(),
        };
    }

    /// <summary>
    /// Follows <paramref name="schedule"/> as far as the program still offers its choices, then goes on with the
    /// shrinker's deterministic fallback (<see cref="GuidedStrategy"/>): how a regression schedule keeps
    /// guarding a fix that changed the code it was recorded on. The result's schedule is what actually ran, so a
    /// bug it finds replays exactly.
    /// </summary>
    internal ExplorationResult Follow(IReadOnlyList<Choice> schedule)
    {
        EscapeListener.EnsureStarted();
        var guided = new GuidedStrategy([.. schedule.Select(choice => (Directive?)new Directive(choice, Directive.UnknownOperation))]);
        guided.BeginIteration(0);
        var traced = RunTraced(guided);
        int applied = 0;
        while (applied < Math.Min(schedule.Count, traced.Schedule.Count) && schedule[applied] == traced.Schedule[applied])
        {
            applied++;
        }

        return new ExplorationResult(traced.Bug, 1, traced.Steps, [.. traced.Schedule], traced.Trace?.LinesFor(options.FullTrace) ?? [], null, options, SearchCoverage.OfReplay(traced.Bug is not null))
        {
            StepsApplied = applied,
            UnstoppedThreads = abandoned.Unstopped(),
        };
    }

    private SearchOutcome Serial(SearchLoop loop, ISchedulingStrategy strategy)
    {
        int next = 0;
        int iterations = 0;
        long steps = 0;
        var bug = loop.Run(
            strategy,
            () => next < options.Iterations && !strategy.IsExhausted ? next++ : -1,
            (index, taken) => (iterations, steps) = (index + 1, steps + taken));
        return new SearchOutcome(bug?.Bug, iterations, steps);
    }

    /// <summary>Re-runs a failing schedule traced, and says so when the bug does not come back identically.</summary>
    private ExplorationResult Explained(BugReport bug, IReadOnlyList<Choice> schedule, int iterations, long steps, SearchCoverage coverage, IReadOnlyList<Choice>? original = null)
    {
        var traced = RunTraced(new ReplayStrategy(schedule));
        string? problem = traced.Divergence?.Message;

        // Same kind and summary, with two exceptions. A blocked thread is named by the watchdog while exploring
        // and by the task events in the traced run (".Result on an unfinished task"), so only the kind must
        // match. Work that escaped where only the traced run's task events see it (a LongRunning task) is what
        // made the exploring run's bug, so that report stands in for it.
        bool sameBug = traced.Bug is { } again
            && (again.Kind == bug.Kind
                ? bug.Kind == BugKind.BlockingWait || again.Summary == bug.Summary
                : again.Kind == BugKind.UncontrolledConcurrency);

        if (problem is null && !sameBug)
        {
            problem = $"Replay did not reproduce the bug: the exploring run found {bug.Kind} ({bug.Summary}), the traced re-run of the same schedule found {(traced.Bug is null ? "no bug" : traced.Bug.Kind.ToString())}. "
                + "The test has nondeterminism the harness does not control: real time (DateTime.Now, Stopwatch), unseeded Random, thread-pool work, or static state left over from an earlier iteration. Fix: use Controlled.Time and seeded randomness, and reset static state at the start of the test.";
        }

        return new ExplorationResult(traced.Bug ?? bug, iterations, steps, schedule, traced.Trace?.LinesFor(options.FullTrace) ?? [], problem, options, coverage)
        {
            OriginalChoices = original,
            Diagram = Diagram(traced, traced.Bug ?? bug),
        };
    }

    private string Diagram(IterationOutcome traced, BugReport? bug) =>
        traced.Trace is { } trace ? SequenceDiagram.Draw(options.FullTrace ? trace.Steps : [.. TraceLog.Folded(trace.Steps)], bug) : "";

    private IterationOutcome RunTraced(ISchedulingStrategy replay)
    {
        var watchdog = new Watchdog(options.WatchdogTimeout, abandoned: abandoned);
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
