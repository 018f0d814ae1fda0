using Harness;

namespace Scenarios.P10_LoopVariableCapture;

/// <summary>Sends the text message that reminds a patient of a study visit.</summary>
public sealed class ReminderOutbox
{
    private readonly List<int> remindedVisits = [];

    /// <summary>The visits a reminder was sent for, in sending order.</summary>
    public IReadOnlyList<int> RemindedVisits => remindedVisits;

    /// <summary>Sends one reminder.</summary>
    /// <param name="patient">The patient's id.</param>
    /// <param name="visit">The visit number the message names.</param>
    /// <returns>A task that completes when the message is handed to the SMS gateway.</returns>
    public async Task SendAsync(string patient, int visit)
    {
        ArgumentException.ThrowIfNullOrEmpty(patient);
        remindedVisits.Add(visit);
        await Controlled.Yield();
    }
}
