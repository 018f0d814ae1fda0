using Harness.Exploration;
using Harness.Strategies;

namespace Harness;

/// <summary>
/// Runs a test body under the controlled scheduler, programmatically. <c>[ConcurrencyFact]</c> is built on this;
/// use it directly from any test framework or tool.
/// </summary>
public static class ConcurrencyTest
{
    /// <summary>
    /// Explores schedules of <paramref name="body"/> until a bug is found, the iterations run out, or (exhaustive
    /// search) every schedule within the bound has run.
    /// </summary>
    /// <param name="body">The test body; called once per iteration, so it must set up its own state.</param>
    /// <param name="options">Settings; null for the defaults.</param>
    /// <param name="name">The body's name in traces and reports. Default "test".</param>
    /// <returns>
    /// The bug with its schedule (shrunk unless <see cref="ExplorationOptions.Shrink"/> is off) and trace, or the
    /// number of schedules that passed (<see cref="ExplorationResult.Coverage"/>).
    /// </returns>
    public static ExplorationResult Explore(Func<Task> body, ExplorationOptions? options = null, string name = "test")
    {
        ArgumentNullException.ThrowIfNull(body);
        options ??= new ExplorationOptions();
        options.Validate();
        // Shared by every instance of one search: the one that runs iteration 0 fills it, workers read it.
        var profile = new OperationProfile();
        ISchedulingStrategy Create() => options.Strategy switch
        {
            SchedulingStrategy.Pos => new PosStrategy(options.Seed),
            SchedulingStrategy.Surw => new SurwStrategy(options.Seed, profile),
            SchedulingStrategy.Pct => new PctStrategy(options.Seed, options.StrategyBound),
            SchedulingStrategy.Exhaustive => new ExhaustiveStrategy(options.StrategyBound),
            SchedulingStrategy.Portfolio => new PortfolioStrategy(options.Seed, options.StrategyBound, profile),
            _ => new RandomStrategy(options.Seed),
        };
        return new Explorer(body, name, options).Explore(Create);
    }

    /// <summary>Runs exactly the recorded <paramref name="schedule"/> once, traced.</summary>
    /// <param name="body">The test body.</param>
    /// <param name="schedule">A schedule from <see cref="ExplorationResult.Schedule"/>.</param>
    /// <param name="options">Settings (MaxSteps, WatchdogTimeout); null for the defaults.</param>
    /// <param name="name">The body's name in traces and reports. Default "test".</param>
    /// <returns>The outcome; <see cref="ExplorationResult.ReplayProblem"/> names the step where the program diverged.</returns>
    /// <exception cref="FormatException">When <paramref name="schedule"/> is not a list of "index:flow" pairs.</exception>
    public static ExplorationResult Replay(Func<Task> body, string schedule, ExplorationOptions? options = null, string name = "test")
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(schedule);
        options ??= new ExplorationOptions();
        options.Validate();
        return new Explorer(body, name, options).Replay(ParseSchedule(schedule));
    }

    private static List<Choice> ParseSchedule(string schedule)
    {
        var choices = new List<Choice>();
        foreach (string token in schedule.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Choice.TryParse(token, out var choice))
            {
                throw new FormatException($"Schedule entry {choices.Count} is '{token}', which is not a choice of the form index:flow (e.g. 0:3). The schedule text is damaged: copy it again from the failure message or snapshot file.");
            }

            choices.Add(choice);
        }

        return choices;
    }
}
