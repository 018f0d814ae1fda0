namespace Scenarios.P21_WriteAfterComplete;

/// <summary>One reading of a bedside sensor.</summary>
/// <param name="Sensor">Which sensor measured it ("heart rate", "SpO2").</param>
/// <param name="Value">The measured value.</param>
public sealed record VitalSign(string Sensor, int Value);
