namespace Scenarios.P07_NeverCompletedChannel;

/// <summary>One measurement from a bedside device.</summary>
/// <param name="Patient">The patient measured.</param>
/// <param name="Kind">What was measured, e.g. "heart rate".</param>
/// <param name="Value">The reading.</param>
public sealed record VitalSign(string Patient, string Kind, int Value);
