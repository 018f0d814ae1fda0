namespace Scenarios.P06_SelfBlockingChannel;

/// <summary>One line of a laboratory's result file.</summary>
/// <param name="Patient">The patient the sample belongs to.</param>
/// <param name="Test">The test, e.g. "potassium".</param>
/// <param name="Value">The measured value, as the lab wrote it.</param>
public sealed record LabResult(string Patient, string Test, string Value);
