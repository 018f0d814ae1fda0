namespace Harness.Scheduling;

/// <summary>Bounds of one iteration, and whether timers may race ready work (<see cref="ExplorationOptions.TimerRaces"/>).</summary>
internal sealed record RuntimeLimits(int MaxSteps, bool TimerRaces = false);
