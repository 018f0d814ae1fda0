using Harness.Exploration;
using Harness.Strategies;

namespace Harness;

/// <summary>What an exploration found: a bug with its schedule and trace, or how many schedules passed.</summary>
public sealed class ExplorationResult
{
    internal ExplorationResult(BugReport? bug, int iterations, long totalSteps, IReadOnlyList<Choice> schedule, IReadOnlyList<string> trace, string? replayProblem, ExplorationOptions options, SearchCoverage coverage)
    {
        SchedulesExplored = coverage.SchedulesExplored;
        SearchSpaceExhausted = coverage.Exhausted;
        Coverage = coverage.Description;
        Bug = bug;
        Iterations = iterations;
        TotalSteps = totalSteps;
        Choices = schedule;
        Trace = trace;
        ReplayProblem = replayProblem;
        Options = options;
    }

    /// <summary>The bug found, or null when every explored schedule passed.</summary>
    public BugReport? Bug { get; }

    /// <summary>
    /// Why the exploration stopped before it ran every iteration, when its <see cref="ExplorationOptions.TimeBudget"/>
    /// ran out first: how far it got (iterations, schedules, elapsed time) and how to fix it. Not a verdict: the
    /// schedules explored passed, the rest were not run. Null when the exploration finished or found a bug.
    /// </summary>
    public string? OutOfTime { get; init; }

    /// <summary>
    /// When the watchdog gave up on an iteration whose thread the harness then could not stop (it reached no
    /// scheduling point, controlled call or rewritten loop back-edge): the sentence that says so. Null otherwise.
    /// </summary>
    public string? UnstoppedThreads { get; internal set; }

    /// <summary>Iterations run, including the one that found the bug.</summary>
    public int Iterations { get; }

    /// <summary>
    /// Schedules executed, including the one that found the bug. Exhaustive search never runs a schedule twice,
    /// so this counts distinct schedules; random and PCT choose each schedule independently and may repeat one,
    /// so for them it is the number of iterations run, an upper bound on the distinct schedules.
    /// </summary>
    public int SchedulesExplored { get; }

    /// <summary>
    /// True only for an exhaustive search that ran every schedule within its preemption bound: no schedule within
    /// the bound was left unexplored (over each iteration's first 1,000 steps; after them the search runs the oldest
    /// ready work first, so spin-waits end). False for random and PCT, and when the iteration limit stopped the search first.
    /// </summary>
    public bool SearchSpaceExhausted { get; }

    /// <summary>
    /// What the run covered, in one sentence: "all 6 schedules within preemption bound 2 explored, no bug",
    /// "1000 schedules explored (random), no bug", or "bug found in schedule 3 (pct, depth 3)".
    /// </summary>
    public string Coverage { get; }

    /// <summary>Scheduling steps taken over all iterations.</summary>
    public long TotalSteps { get; }

    /// <summary>
    /// The failing schedule as text ("index:flow" per step), to replay with <see cref="ConcurrencyTest.Replay"/>;
    /// shrunk (fewest preemptions, then fewest steps) unless <see cref="ExplorationOptions.Shrink"/> is off.
    /// </summary>
    public string Schedule => string.Join(' ', Choices);

    /// <summary>
    /// The schedule exploration first found, before shrinking, in the same text form as <see cref="Schedule"/>;
    /// null when shrinking was off or did not change the schedule. Kept for reference: it replays to the same
    /// kind of bug, usually with more steps and more preemptions.
    /// </summary>
    public string? OriginalSchedule => OriginalChoices is null ? null : string.Join(' ', OriginalChoices);

    /// <summary>The readable trace of the failing iteration (empty when no bug was found).</summary>
    public IReadOnlyList<string> Trace { get; }

    /// <summary>
    /// The traced iteration (the failing one, or the replayed one) as a Mermaid <c>sequenceDiagram</c>: one lane per
    /// operation, arrows where one operation woke another, the verdict at the end. Paste it into a ```mermaid block
    /// of any Markdown file GitHub or Azure DevOps renders. Empty when no iteration was traced (no bug found).
    /// </summary>
    public string Diagram { get; init; } = "";

    /// <summary>
    /// Set when replaying failed: the recorded schedule diverged (with the step), or the bug did not reproduce
    /// identically when the failing iteration was re-run traced (uncontrolled nondeterminism in the test).
    /// </summary>
    public string? ReplayProblem { get; }

    /// <summary>The settings used.</summary>
    public ExplorationOptions Options { get; }

    internal IReadOnlyList<Choice> Choices { get; }

    internal IReadOnlyList<Choice>? OriginalChoices { get; init; }

    /// <summary>Where and how a replay left its recording; null when it did not (or this was no replay).</summary>
    internal ReplayDivergenceException? Divergence { get; init; }

    /// <summary>For a replay that followed its recording as far as the code allowed: the recorded steps that still applied.</summary>
    internal int? StepsApplied { get; init; }
}
