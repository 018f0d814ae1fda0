namespace Scenarios.P09_TimeoutNotPassedDown;

/// <summary>What the patient-summary endpoint answers.</summary>
/// <param name="Results">The lab results shown, empty when the lab did not answer in time.</param>
/// <param name="TimedOut">True when the endpoint gave up on the lab and answered without results.</param>
public sealed record PatientSummary(IReadOnlyList<string> Results, bool TimedOut);
