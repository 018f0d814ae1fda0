using Harness.Scheduling;
using Harness.Strategies;

namespace Harness.Exploration;

/// <summary>
/// Shrinks a failing schedule, as property-based testing shrinks a failing input: fewest preemptions first,
/// then fewest steps, keeping the same bug (<see cref="BugSignature"/>). Each candidate is a list of directives
/// for a <see cref="GuidedStrategy"/> and costs one untraced run; a candidate is accepted when its run gives the
/// same bug with a smaller schedule, and the choices that run actually made become the schedule to shrink next.
/// Deterministic: the candidates depend only on the schedule being shrunk, and every run is controlled.
/// </summary>
internal sealed partial class Shrinker
{
    /// <summary>
    /// Candidate runs one shrink may make. A few hundred suffice for catalogue-sized schedules; the bound keeps
    /// a schedule of thousands of steps from turning a report into minutes of shrinking.
    /// </summary>
    internal const int MaxRuns = 2_000;

    private readonly Func<Task> body;
    private readonly string bodyName;
    private readonly RuntimeLimits limits;
    private readonly Watchdog watchdog;
    private readonly string signature;
    private readonly int maxRuns;
    private ThreadPoolCapture? capture;
    private volatile ShrinkCandidate? best;
    private volatile bool abandoned;

    private Shrinker(Func<Task> body, string bodyName, RuntimeLimits limits, ExplorationOptions options, BugReport bug, int maxRuns)
    {
        this.maxRuns = maxRuns;
        this.body = body;
        this.bodyName = bodyName;
        this.limits = limits;
        watchdog = new Watchdog(options.WatchdogTimeout);
        signature = BugSignature.Of(bug);
    }

    private int runs;

    private bool Exhausted => runs >= maxRuns || abandoned;

    /// <summary>
    /// The smallest run found that gives the same bug as <paramref name="schedule"/> did, or null when none is
    /// smaller (or the schedule does not give the bug again when run untraced: then there is nothing to trust).
    /// </summary>
    internal static ShrinkCandidate? Shrink(Func<Task> body, string bodyName, RuntimeLimits limits, ExplorationOptions options, BugReport bug, IReadOnlyList<Choice> schedule, int maxRuns = MaxRuns)
    {
        // A blocking wait leaves its scheduler thread stuck for good: every reproducing candidate would strand one more.
        if (bug.Kind == BugKind.BlockingWait)
        {
            return null;
        }

        var shrinker = new Shrinker(body, bodyName, limits, options, bug, maxRuns);
        var (_, _, blocked) = shrinker.watchdog.Run<object>(() => shrinker.Run(schedule));

        // A candidate that blocked the scheduler thread ends the shrink with the best run found before it.
        shrinker.abandoned = blocked is not null;
        var result = shrinker.best;
        return result is null || result.Schedule.SequenceEqual(schedule) ? null : result;
    }

    private object? Run(IReadOnlyList<Choice> schedule)
    {
        using var installed = ThreadPoolCapture.Install();
        capture = installed;
        if (Try([.. schedule.Select(choice => (Directive?)new Directive(choice, Directive.UnknownOperation))]))
        {
            // Steps of a step-bound bug are MaxSteps by definition; only preemptions can shrink.
            bool stepsCanShrink = best!.Bug.Kind != BugKind.StepBoundReached;
            while (!Exhausted && (KeepPrefixes() || DropPreemptions() || (stepsCanShrink && ShrinkSteps())))
            {
            }
        }

        return null;
    }

    private bool ShrinkSteps() => DropOperations() || DropChunks(Bursts) || DropChunks(Steps);

    /// <summary>Runs one candidate; true when it gave the same bug with a smaller schedule, which becomes the best.</summary>
    private bool Try(IReadOnlyList<Directive?> directives)
    {
        if (Exhausted)
        {
            return false;
        }

        runs++;
        var guided = new GuidedStrategy(directives);
        guided.BeginIteration(0);
        var runtime = new ControlledRuntime(guided, limits, traced: false) { Progress = watchdog.Progress, PoolCapture = capture };
        watchdog.Watch(runtime);
        var outcome = runtime.Run(body, bodyName);
        if (outcome.Bug is not { } found || BugSignature.Of(found) != signature)
        {
            return false;
        }

        var candidate = new ShrinkCandidate(outcome.Schedule, [.. guided.Taken], [.. guided.PreemptionSteps], found);
        if (!candidate.IsSmallerThan(best))
        {
            return false;
        }

        best = candidate;
        return true;
    }

    private static Directive?[] Directives(IEnumerable<Directive> steps) => [.. steps.Select(step => (Directive?)step)];
}
