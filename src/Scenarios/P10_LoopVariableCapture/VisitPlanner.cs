using System.Globalization;
using Harness;

namespace Scenarios.P10_LoopVariableCapture;

/// <summary>
/// The buggy planner: each reminder is sent in the background while its visit is booked. The lambda
/// captures the loop variable itself, and a <c>for</c> loop has one variable for all iterations, so a reminder
/// that starts after the loop has moved on names a later visit (Go's closure over the loop variable before
/// Go 1.22).
/// </summary>
/// <param name="calendar">Where visits are booked.</param>
/// <param name="outbox">Where reminders are sent.</param>
public sealed class VisitPlanner(VisitCalendar calendar, ReminderOutbox outbox) : IVisitPlanner
{
    /// <inheritdoc/>
    public async Task PlanAsync(string patient, int visits)
    {
        var reminders = new List<Task>();
        for (int visit = 1; visit <= visits; visit++)
        {
            reminders.Add(Controlled.Run(() => outbox.SendAsync(patient, visit), "reminder " + visit.ToString(CultureInfo.InvariantCulture)));
            await calendar.BookAsync(patient, visit);
        }

        await Task.WhenAll(reminders);
    }
}
