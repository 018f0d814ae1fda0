namespace Scenarios.P20_StopIgnoresDeadline;

/// <summary>A lab result the hospital reports to the regional registry.</summary>
/// <param name="Patient">The patient.</param>
/// <param name="Test">What was measured.</param>
public sealed record LabResult(string Patient, string Test);
