using System.Globalization;
using Harness;

namespace Scenarios.P10_LoopVariableCapture;

/// <summary>
/// P10: a patient's three study visits are booked one after another, and each visit's reminder is sent in the
/// background meanwhile. Every visit must be reminded exactly once. The buggy planner's reminders read the
/// shared loop variable when they start, so in some schedules they name the wrong visit.
/// </summary>
public static class LoopVariableCapture
{
    private const int Visits = 3;

    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P10",
        "a lambda captures the loop variable",
        BugKind.AssertionFailure,
        () => PlanThreeVisits((calendar, outbox) => new VisitPlanner(calendar, outbox)),
        () => PlanThreeVisits((calendar, outbox) => new PerVisitPlanner(calendar, outbox)));

    private static async Task PlanThreeVisits(Func<VisitCalendar, ReminderOutbox, IVisitPlanner> open)
    {
        var calendar = new VisitCalendar();
        var outbox = new ReminderOutbox();

        await open(calendar, outbox).PlanAsync("PAT-0042", Visits);

        var reminded = string.Join(", ", outbox.RemindedVisits.Order().Select(visit => visit.ToString(CultureInfo.InvariantCulture)));
        Invariant.Assert(calendar.Booked.SequenceEqual([1, 2, 3]), "visits 1, 2 and 3 are booked in order");
        Invariant.Assert(reminded == "1, 2, 3", "one reminder for each of visits 1, 2 and 3; reminders went out for visits " + reminded);
    }
}
