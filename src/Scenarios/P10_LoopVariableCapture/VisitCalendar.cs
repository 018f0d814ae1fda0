using Harness;

namespace Scenarios.P10_LoopVariableCapture;

/// <summary>The site's calendar, where each study visit of a patient is booked.</summary>
public sealed class VisitCalendar
{
    private readonly List<int> booked = [];

    /// <summary>The visits booked so far, in booking order.</summary>
    public IReadOnlyList<int> Booked => booked;

    /// <summary>Books one visit.</summary>
    /// <param name="patient">The patient's id.</param>
    /// <param name="visit">The visit number, from 1.</param>
    /// <returns>A task that completes when the slot is booked.</returns>
    public async Task BookAsync(string patient, int visit)
    {
        ArgumentException.ThrowIfNullOrEmpty(patient);

        // Stands in for the calendar service call: background work runs meanwhile.
        await Controlled.Yield();
        booked.Add(visit);
    }
}
