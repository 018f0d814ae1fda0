namespace Harness.Scheduling;

/// <summary>
/// Bounds of one iteration, whether timers may race ready work (<see cref="ExplorationOptions.TimerRaces"/>), and what
/// to do with uncontrolled work (<see cref="ExplorationOptions.UncontrolledConcurrency"/>; under Allow, how long to
/// wait for it in real time before an iteration counts as stuck).
/// </summary>
internal sealed record RuntimeLimits(
    int MaxSteps,
    bool TimerRaces = false,
    UncontrolledConcurrencyMode Uncontrolled = UncontrolledConcurrencyMode.Report,
    TimeSpan UncontrolledWait = default);
