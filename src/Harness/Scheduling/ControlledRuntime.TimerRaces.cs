using System.Globalization;
using Harness.Diagnostics;

namespace Harness.Scheduling;

/// <summary>
/// Timer races (<see cref="ExplorationOptions.TimerRaces"/>): virtual time normally moves only when nothing is
/// ready, so a deadline never passes while work can still run. With the setting on, "the next timer fires now,
/// as if the ready work were slower than its deadline" is one more ready item the strategy may pick, so the
/// timeout branch of a race is explored, replayed and shrunk like any other choice.
/// </summary>
internal sealed partial class ControlledRuntime
{
    private WorkItem? offeredRace;
    private List<TimerRaceTaken>? racesTaken;

    /// <summary>Adds the early fire of the next timer to the ready list, when allowed.</summary>
    private void OfferTimerRace()
    {
        if (!limits.TimerRaces || racesTaken?.Count >= ExplorationOptions.MaxTimerRacesPerIteration
            || Clock.NextArmed() is not { } next || next.DueTicks <= Clock.NowTicks)
        {
            return;
        }

        offeredRace = new WorkItem { Kind = WorkKind.TimerRace, Operation = next.Owner, FlowId = next.Id, Timer = next, TimerVersion = next.Version };
        ready.Add(offeredRace);
    }

    /// <summary>After the choice: takes the offer back if it was not chosen, else notes whom it assumed slow.</summary>
    private void SettleTimerRace(WorkItem chosen)
    {
        if (offeredRace is not { } offer)
        {
            return;
        }

        offeredRace = null;
        if (offer != chosen)
        {
            ready.Remove(offer);
            return;
        }

        var slower = ready.Select(item => item.Operation.Name).Distinct().ToList();
        (racesTaken ??= []).Add(new TimerRaceTaken(step, offer.Timer!, offer.Timer!.DueTicks, slower));
    }

    /// <summary>"timer 3 fires early: the clock jumps to 00:00:00.010, as if 'worker' were slower than that deadline".</summary>
    private string DescribeTimerRace(WorkItem item)
    {
        var slower = racesTaken?.LastOrDefault(race => race.Step == step)?.Slower ?? [];
        return string.Create(CultureInfo.InvariantCulture, $"timer {item.Timer!.Id} fires early: the clock jumps to {TraceLog.FormatTime(TimeSpan.FromTicks(item.Timer.DueTicks))}, as if {string.Join(" and ", slower.Select(name => $"'{name}'"))} {(slower.Count == 1 ? "were" : "were all")} slower than that deadline (TimerRaces)");
    }

    /// <summary>The bug with the timing assumptions that led to it, so a timeout bug can be told from an accepted assumption.</summary>
    private BugReport? WithTimerRaces(BugReport? found) =>
        found is null || racesTaken is not { Count: > 0 } ? found : Verdicts.AssumingTimerRaces(found, racesTaken);
}

/// <summary>One early timer fire taken under TimerRaces: at which step, which timer, and which operations it assumed slower.</summary>
internal sealed record TimerRaceTaken(int Step, Time.VirtualTimer Timer, long DueTicks, IReadOnlyList<string> Slower);
