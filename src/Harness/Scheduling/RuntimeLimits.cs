namespace Harness.Scheduling;

/// <summary>Bounds of one iteration.</summary>
internal sealed record RuntimeLimits(int MaxSteps);
