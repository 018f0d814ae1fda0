namespace Harness.Tests.Strategies;

/// <summary>What POS and SURW do differently from a uniform random walk, measured on fixed seeds.</summary>
public sealed class SamplingStrategiesTests
{
    private const int Iterations = 400;

    [Fact]
    public void Surw_lets_a_one_step_operation_run_late_in_a_long_one_where_a_random_walk_runs_it_early()
    {
        var surw = Positions(SchedulingStrategy.Surw);
        var random = Positions(SchedulingStrategy.Random);

        // Ten steps of "long" and one of "short": uniform interleavings put the short step after the fifth
        // long one in about half the schedules; a random walk picks it at the first steps most of the time.
        Assert.True(surw.Count(position => position > 5) > Iterations / 4, $"surw: {Describe(surw)}");
        Assert.True(random.Count(position => position > 5) < Iterations / 10, $"random: {Describe(random)}");
    }

    [Fact]
    public void Pos_switches_between_two_operations_less_often_than_a_random_walk()
    {
        double pos = MeanSwitches(SchedulingStrategy.Pos);
        double random = MeanSwitches(SchedulingStrategy.Random);

        Assert.True(pos < random * 0.75, $"pos {pos:0.00} switches per schedule, random {random:0.00}");
    }

    private static List<int> Positions(SchedulingStrategy strategy)
    {
        var positions = new List<int>();
        ConcurrencyTest.Explore(() => LongAndShort(positions), new ExplorationOptions { Strategy = strategy, Seed = 3, Iterations = Iterations });
        return positions;
    }

    private static async Task LongAndShort(List<int> positions)
    {
        int longSteps = 0;
        var first = Controlled.Run(async () =>
        {
            for (int i = 0; i < 10; i++)
            {
                longSteps++;
                await Task.Yield();
            }
        }, "long");
        var second = Controlled.Run(() =>
        {
            positions.Add(longSteps);
            return Task.CompletedTask;
        }, "short");
        await Task.WhenAll(first, second);
    }

    private static double MeanSwitches(SchedulingStrategy strategy)
    {
        var switches = new List<int>();
        ConcurrencyTest.Explore(() => TwoLongOperations(switches), new ExplorationOptions { Strategy = strategy, Seed = 3, Iterations = Iterations });
        return switches.Average();
    }

    private static async Task TwoLongOperations(List<int> switches)
    {
        var order = new List<char>();
        async Task Run(char name)
        {
            for (int i = 0; i < 10; i++)
            {
                order.Add(name);
                await Task.Yield();
            }
        }

        await Task.WhenAll(Controlled.Run(() => Run('a'), "a"), Controlled.Run(() => Run('b'), "b"));
        switches.Add(order.Zip(order.Skip(1)).Count(pair => pair.First != pair.Second));
    }

    private static string Describe(List<int> positions) =>
        string.Join(", ", positions.GroupBy(p => p).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));
}
