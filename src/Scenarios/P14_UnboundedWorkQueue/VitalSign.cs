namespace Scenarios.P14_UnboundedWorkQueue;

/// <summary>One reading from a bedside monitor.</summary>
/// <param name="Bed">The bed the monitor is attached to.</param>
/// <param name="HeartRate">Beats per minute.</param>
public sealed record VitalSign(string Bed, int HeartRate);
