using Harness.Settings;
using Harness.Testing;

namespace Harness.Xunit;

// Compiled into both adapters (Harness.Xunit and Harness.Xunit.V3): one attribute surface, so moving a test
// project from xUnit v2 to v3 changes its package references only.
/// <summary>
/// Marks an <c>async Task</c> test method whose body runs under the controlled scheduler for many iterations
/// (a fresh test-class instance each time). The test fails at the first schedule with an unhandled exception,
/// failed assertion, deadlock, leaked task or timer, uncontrolled concurrency, blocking wait or livelock, and
/// records that schedule as <c>{Class}.{Method}.schedule.received.txt</c> beside the test's source file.
/// Unset properties come from the <c>HARNESS_*</c> environment variables, then <c>coyote.json</c>, then the
/// defaults of <see cref="ExplorationOptions"/>.
/// </summary>
public sealed partial class ConcurrencyFactAttribute : IConcurrencyAttribute
{
    private AttributeOverrides overrides = AttributeOverrides.None;
    private BugKind? expectedBug;

    /// <inheritdoc/>
    public string SourceFile { get; }

    /// <summary>Iterations (schedules) to explore at most. Default: from settings (1000).</summary>
    public int Iterations { get => overrides.Iterations ?? 0; set => overrides = overrides with { Iterations = value }; }

    /// <summary>
    /// The engine that explores: "harness" (this harness's scheduler) or "coyote" (Coyote's systematic scheduler, a
    /// cross-check; the test project then references Harness.Coyote and imports its rewrite step, see
    /// docs/comparison.md). Default: from settings ("harness").
    /// </summary>
    public string? Engine { get => overrides.Engine; set => overrides = overrides with { Engine = value }; }

    /// <summary>Strategy name: "portfolio", "random", "pct" or "exhaustive". Default: from settings ("portfolio").</summary>
    public string? Strategy { get => overrides.Strategy; set => overrides = overrides with { Strategy = value }; }

    /// <summary>The strategy's bound (PCT depth, exhaustive search's preemption bound). Default: from settings (3).</summary>
    public int StrategyBound { get => overrides.StrategyBound ?? 0; set => overrides = overrides with { StrategyBound = value }; }

    /// <summary>Steps one iteration may take before it counts as a livelock. Default: from settings (10,000).</summary>
    public int MaxSteps { get => overrides.MaxSteps ?? 0; set => overrides = overrides with { MaxSteps = value }; }

    /// <summary>The seed. Default: from settings (0).</summary>
    public long Seed { get => (long)(overrides.Seed ?? 0); set => overrides = overrides with { Seed = unchecked((ulong)value) }; }

    /// <summary>Seconds controlled code may block the scheduler thread before it is reported. Default: from settings (5).</summary>
    public double WatchdogTimeoutSeconds { get => overrides.WatchdogTimeoutSeconds ?? 0; set => overrides = overrides with { WatchdogTimeoutSeconds = value }; }

    /// <summary>
    /// Whether a timer due later may fire while work is still ready, as if that work were slower than the
    /// timer's deadline: the timeout branch of <c>WhenAny(work, Task.Delay(d))</c>, a lease that expires under its
    /// work. Default: from settings (false: virtual time moves only when nothing is ready).
    /// </summary>
    public bool TimerRaces { get => overrides.TimerRaces ?? false; set => overrides = overrides with { TimerRaces = value }; }

    /// <summary>What the run does with work it cannot control: report it (the default) or allow it, running partly controlled (see <see cref="ExplorationOptions.UncontrolledConcurrency"/>).</summary>
    public UncontrolledConcurrencyMode UncontrolledConcurrency { get => overrides.UncontrolledConcurrency ?? UncontrolledConcurrencyMode.Report; set => overrides = overrides with { UncontrolledConcurrency = value }; }

    /// <summary>
    /// Wall-clock seconds the exploration may take; a test that runs out of them fails with how far it got (never
    /// passes on partial work). Default: from settings (600).
    /// </summary>
    public double TimeBudgetSeconds { get => overrides.TimeBudgetSeconds ?? 0; set => overrides = overrides with { TimeBudgetSeconds = value }; }

    /// <summary>
    /// Makes this a test that proves the harness finds a bug: it passes only if a bug of this kind is found and
    /// its replay reproduces it exactly. Default: unset (any bug fails the test).
    /// </summary>
    public BugKind ExpectedBug { get => expectedBug ?? default; set => expectedBug = value; }

    /// <summary>
    /// A schedule file to replay instead of exploring: exactly that schedule runs once, traced, so breakpoints
    /// hit in the failing interleaving. Relative paths start where the test's snapshots are kept (its source folder). Wins over
    /// HARNESS_REPLAY. Default: unset. Remove it again once done: it turns exploration off.
    /// </summary>
    public string? Replay { get; set; }

    AttributeOverrides IConcurrencyAttribute.Overrides => overrides;

    BugKind? IConcurrencyAttribute.ExpectedBug => expectedBug;
}
