using System.Globalization;
using Harness.Strategies;

namespace Harness.Exploration;

/// <summary>How much of the schedule space a run covered, and the sentence that says so in reports.</summary>
/// <param name="SchedulesExplored">Schedules executed (for random and PCT some may repeat).</param>
/// <param name="Exhausted">An exhaustive search ran every schedule within its bound.</param>
/// <param name="Description">The sentence, e.g. "all 6 schedules within preemption bound 2 explored, no bug".</param>
internal sealed record SearchCoverage(int SchedulesExplored, bool Exhausted, string Description)
{
    /// <summary>The coverage of an exploration that ran <paramref name="schedules"/> schedules.</summary>
    internal static SearchCoverage Of(ExplorationOptions options, int schedules, bool exhausted, bool bugFound)
    {
        string searched = options.Strategy switch
        {
            SchedulingStrategy.Exhaustive when options.StrategyBound == int.MaxValue => "exhaustive, no preemption bound",
            SchedulingStrategy.Exhaustive => Invariant($"exhaustive, preemption bound {options.StrategyBound}"),
            SchedulingStrategy.Pct => Invariant($"pct, depth {options.StrategyBound}"),
            SchedulingStrategy.Portfolio => Invariant($"portfolio: fixed orders, random, surw, pos, pct depth {options.StrategyBound}, exhaustive up to {PortfolioStrategy.ExhaustiveBound} preemptions"),
            _ => Settings.StrategyNames.Name(options.Strategy),
        };

        string description = (bugFound, exhausted) switch
        {
            (true, _) => Invariant($"bug found in schedule {schedules} ({searched})"),
            // Iteration 0 is the exhaustive search's first schedule: a program with one schedule is proven by it alone.
            (false, true) when options.Strategy == SchedulingStrategy.Portfolio && schedules == 1 => Invariant($"all 1 schedule within preemption bound {PortfolioStrategy.ExhaustiveBound} explored, no bug"),
            (false, true) when options.Strategy == SchedulingStrategy.Portfolio => Invariant($"all {Schedules(schedules - PortfolioStrategy.SampledOpening)} within preemption bound {PortfolioStrategy.ExhaustiveBound} explored, after {PortfolioStrategy.SampledOpening} other schedules (fixed orders, random, surw, pos, pct), no bug"),
            (false, true) when options.StrategyBound == int.MaxValue => Invariant($"all {Schedules(schedules)} explored (no preemption bound), no bug"),
            (false, true) => Invariant($"all {Schedules(schedules)} within preemption bound {options.StrategyBound} explored, no bug"),
            (false, false) when options.Strategy == SchedulingStrategy.Exhaustive => Invariant($"{Schedules(schedules)} explored ({searched}; stopped at the iteration limit before the search space was exhausted), no bug"),
            (false, false) => Invariant($"{Schedules(schedules)} explored ({searched}), no bug"),
        };
        return new SearchCoverage(schedules, exhausted, description);
    }

    /// <summary>The coverage of one shard of a campaign, which ran <paramref name="ran"/> of the iterations.</summary>
    internal static SearchCoverage OfShard(ExplorationOptions options, SearchCoverage coverage, int ran)
    {
        string shard = Invariant($"shard {options.ShardIndex}/{options.ShardCount}");
        return ran == 0 && options.Strategy == SchedulingStrategy.Exhaustive
            ? coverage with { Description = Invariant($"{shard}: nothing to run (exhaustive search runs in order, whole, on shard 0)") }
            : coverage with { Description = $"{shard}: {coverage.Description}" };
    }

    /// <summary>The coverage of a replay: one schedule, chosen by the recording.</summary>
    internal static SearchCoverage OfReplay(bool bugFound) =>
        new(1, false, bugFound ? "bug found by replaying the recorded schedule" : "1 schedule replayed, no bug");

    private static string Schedules(int count) => count == 1 ? "1 schedule" : Invariant($"{count} schedules");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
