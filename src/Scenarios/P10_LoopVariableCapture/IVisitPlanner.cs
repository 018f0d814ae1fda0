namespace Scenarios.P10_LoopVariableCapture;

/// <summary>Books a patient's study visits and sends a reminder for each.</summary>
public interface IVisitPlanner
{
    /// <summary>Books visits 1 to <paramref name="visits"/>, in order, and reminds the patient of each.</summary>
    /// <param name="patient">The patient's id.</param>
    /// <param name="visits">How many visits the protocol has.</param>
    /// <returns>A task that completes when every visit is booked and every reminder sent.</returns>
    Task PlanAsync(string patient, int visits);
}
