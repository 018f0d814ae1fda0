using System.Globalization;
using Harness;

namespace Scenarios.P10_LoopVariableCapture;

/// <summary>
/// The fixed planner: <c>foreach</c> gives every iteration its own variable (since C# 5), so each reminder
/// keeps the visit it was started for, whenever it runs. Copying the loop variable into a local inside a
/// <c>for</c> loop does the same.
/// </summary>
/// <param name="calendar">Where visits are booked.</param>
/// <param name="outbox">Where reminders are sent.</param>
public sealed class PerVisitPlanner(VisitCalendar calendar, ReminderOutbox outbox) : IVisitPlanner
{
    /// <inheritdoc/>
    public async Task PlanAsync(string patient, int visits)
    {
        var reminders = new List<Task>();
        foreach (int visit in Enumerable.Range(1, visits))
        {
            reminders.Add(Controlled.Run(() => outbox.SendAsync(patient, visit), "reminder " + visit.ToString(CultureInfo.InvariantCulture)));
            await calendar.BookAsync(patient, visit);
        }

        await Task.WhenAll(reminders);
    }
}
