using System.Globalization;

namespace Harness;

/// <summary>Settings of one exploration. Every default is chosen so two runs give the same result.</summary>
public sealed record ExplorationOptions
{
    /// <summary>How many iterations (schedules) to run at most; exploration stops at the first bug. Default 1000.</summary>
    public int Iterations { get; init; } = 1000;

    /// <summary>The scheduling strategy. Default <see cref="SchedulingStrategy.Portfolio"/>.</summary>
    public SchedulingStrategy Strategy { get; init; } = SchedulingStrategy.Portfolio;

    /// <summary>
    /// The strategy's bound: for PCT (and the portfolio's PCT schedules) the bug depth (change points + 1), at
    /// least 1; for exhaustive search the most preemptions a schedule may take, at least 0, with
    /// <see cref="int.MaxValue"/> for no bound. Random ignores it. Default 3.
    /// </summary>
    public int StrategyBound { get; init; } = 3;

    /// <summary>Scheduling steps one iteration may take before it is reported as a livelock. Default 10,000.</summary>
    public int MaxSteps { get; init; } = 10_000;

    /// <summary>The seed: the same seed and settings give the same schedules, byte for byte. Default 0.</summary>
    public ulong Seed { get; init; }

    /// <summary>
    /// How long controlled code may compute on the scheduler thread without reaching a scheduling point before
    /// it is reported as a blocking wait. A step that sits in a blocking wait (Thread.Sleep, a contended lock,
    /// .Wait() or .Result on an unfinished task) is reported after 1 second, or at once where the runtime's task
    /// events show it. Never trips while a debugger is attached. Default 5 seconds.
    /// </summary>
    public TimeSpan WatchdogTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Whether a failing schedule is shrunk before it is reported: fewest preemptions (switches away from an
    /// operation that could have continued) first, then fewest steps, keeping the same kind of bug with the same
    /// summary up to the numbers in it. Costs at most 2,000 extra untraced runs, once, when a bug is found; the
    /// schedule exploration found is kept in <see cref="ExplorationResult.OriginalSchedule"/>. Blocking waits
    /// are not shrunk. Default true.
    /// </summary>
    public bool Shrink { get; init; } = true;

    /// <summary>
    /// Scheduler threads that explore at once, for long campaigns on a machine with several cores. Every
    /// worker runs whole iterations of the same numbered sequence, so the bug, its schedule and the iteration
    /// count are exactly those of a serial run with the same settings. Random and PCT spread all iterations;
    /// the portfolio spreads its random and PCT iterations and runs its exhaustive phase in order; exhaustive
    /// search always runs on one thread. With more than one worker the body runs on several threads at once,
    /// so iterations must not share state. 0 means one per processor. Default 1.
    /// </summary>
    public int Workers { get; init; } = 1;

    /// <summary>
    /// Whether a timer due later may fire while work is still ready, as if the ready work were slower than the
    /// timer's deadline. Off, virtual time moves only when nothing is ready, so a timeout never beats work that
    /// can still run: <c>WhenAny(work, Task.Delay(d))</c> always sees the work win. On, at each step where a timer
    /// is armed but not yet due, "the clock jumps to that timer now" is one more scheduling choice, taken at most
    /// <see cref="MaxTimerRacesPerIteration"/> times per iteration, recorded in the schedule like any other, and
    /// named in the report of a bug it led to. Default false.
    /// </summary>
    public bool TimerRaces { get; init; }

    /// <summary>
    /// Whether a report's trace and sequence diagram show every step. Off, consecutive steps of one operation that
    /// ran entirely inside a library (a NuGet package, rewritten or not, with no user frame on the stack) show as one
    /// line, "Polly.Core: 23 steps (12-34)"; the schedule and its replay keep every step either way. coyote.json
    /// <c>"Trace": "full"</c> or HARNESS_TRACE=full turn it on. Default false.
    /// </summary>
    public bool FullTrace { get; init; }

    /// <summary>
    /// Wall-clock time one exploration may take. Checked between iterations, and by the watchdog for one iteration
    /// that runs away (a livelock under a huge <see cref="MaxSteps"/>). An exploration that runs out of it ends with
    /// <see cref="ExplorationResult.OutOfTime"/> saying how far it got, and a fact fails: how far a run gets depends
    /// on the machine, so partial work never passes. A bug found before the budget runs out is reported as usual.
    /// Default 10 minutes.
    /// </summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// This run's share of the iteration indices, for a campaign spread over <see cref="ShardCount"/> CI jobs: shard
    /// i runs iterations i, i + n, i + 2n, ... of the same numbered sequence a serial run explores, so the shards
    /// together run exactly the serial run's iterations and a shard that finds a bug reports the schedule the serial
    /// run's iteration of that number gives. Iteration 0 (it calibrates PCT) and iterations that must run in order
    /// (the portfolio's exhaustive phase, whose outcome decides whether the run goes on) run on every shard; the
    /// exhaustive strategy runs on shard 0 only. Default 0.
    /// </summary>
    public int ShardIndex { get; init; }

    /// <summary>How many shards the campaign is split into (see <see cref="ShardIndex"/>). Default 1: no sharding.</summary>
    public int ShardCount { get; init; } = 1;

    /// <summary>
    /// What a run does with work it cannot control (a real timer, a thread, thread-pool work, a TaskScheduler of the
    /// user's own): <see cref="UncontrolledConcurrencyMode.Report"/> it as a bug naming the call and the fix, or
    /// <see cref="UncontrolledConcurrencyMode.Allow"/> it, running partly controlled: such work may wake controlled
    /// code from its own thread, the run waits for it in real time (up to <see cref="WatchdogTimeout"/>) before it calls
    /// an iteration stuck, and the report of any bug found says the run was only partly controlled, so it may not
    /// replay. coyote.json "UncontrolledConcurrency": "report" | "allow". Default Report.
    /// </summary>
    public UncontrolledConcurrencyMode UncontrolledConcurrency { get; init; }

    /// <summary>The clock the <see cref="TimeBudget"/> is measured on; tests inject one they drive by hand.</summary>
    internal TimeProvider WallClock { get; init; } = TimeProvider.System;

    /// <summary>How often one iteration may let a timer fire early under <see cref="TimerRaces"/>.</summary>
    public const int MaxTimerRacesPerIteration = 3;

    /// <summary>The settings as one stable line, e.g. for snapshot files: <c>strategy=random seed=0 iterations=1000 strategy-bound=3 max-steps=10000 watchdog=5s</c>.</summary>
    internal string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"strategy={Settings.StrategyNames.Name(Strategy)} seed={Seed} iterations={Iterations} strategy-bound={StrategyBound} max-steps={MaxSteps} watchdog={WatchdogTimeout.TotalSeconds}s{(TimerRaces ? " timer-races=on" : "")}{(UncontrolledConcurrency == UncontrolledConcurrencyMode.Allow ? " uncontrolled=allow" : "")}");

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Iterations, 1, nameof(Iterations));
        ArgumentOutOfRangeException.ThrowIfLessThan(StrategyBound, Strategy == SchedulingStrategy.Exhaustive ? 0 : 1, nameof(StrategyBound));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxSteps, 1, nameof(MaxSteps));
        ArgumentOutOfRangeException.ThrowIfNegative(Workers, nameof(Workers));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(WatchdogTimeout, TimeSpan.Zero, nameof(WatchdogTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(TimeBudget, TimeSpan.Zero, nameof(TimeBudget));
        ArgumentOutOfRangeException.ThrowIfLessThan(ShardCount, 1, nameof(ShardCount));
        ArgumentOutOfRangeException.ThrowIfNegative(ShardIndex, nameof(ShardIndex));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ShardIndex, ShardCount, nameof(ShardIndex));
    }
}
