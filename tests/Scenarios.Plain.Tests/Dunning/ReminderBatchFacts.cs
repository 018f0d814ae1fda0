using Harness;
using Harness.Xunit;
using Scenarios.Plain.Dunning;

namespace Scenarios.Plain.Tests.Dunning;

/// <summary>Reminders sent with Parallel.ForEachAsync and Parallel.ForAsync: a shared List or counter races, the fixed forms do not.</summary>
public sealed class ReminderBatchFacts
{
    private static readonly string[] Customers = ["ada", "bob", "cy"];

    [Fact]
    public void Bodies_of_parallel_for_each_async_that_add_to_one_list_are_a_data_race_between_two_workers()
    {
        var result = ConcurrencyTest.Explore(() => AllReminded(ReminderBatch.SendIntoList(Customers)), new ExplorationOptions { Seed = 3, Iterations = 1000 });

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("List<T> at ReminderBatch.cs:24", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.All(result.Bug.Operations, name => Assert.StartsWith("Parallel.ForEachAsync at ReminderBatch.cs:21", name, StringComparison.Ordinal));
        Assert.Null(result.ReplayProblem);
    }

    [Fact]
    public void Bodies_of_parallel_for_async_that_bump_one_counter_are_a_data_race()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                int sent = await ReminderBatch.CountRacy(3);
                Invariant.Assert(sent == 3, $"counted {sent} reminders, expected 3");
            },
            new ExplorationOptions { Seed = 3, Iterations = 1000 });

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("sent", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.All(result.Bug.Operations, name => Assert.StartsWith("Parallel.ForAsync at ReminderBatch.cs:49", name, StringComparison.Ordinal));
        Assert.Null(result.ReplayProblem);
    }

    [ConcurrencyFact]
    public Task Bodies_that_enqueue_into_a_concurrent_queue_remind_every_customer_of_a_paged_source() =>
        AllReminded(ReminderBatch.SendIntoQueue(ReminderBatch.Paged(Customers)));

    [ConcurrencyFact]
    public async Task Bodies_that_count_with_interlocked_increment_count_every_reminder()
    {
        int sent = await ReminderBatch.CountInterlocked(3);
        Invariant.Assert(sent == 3, $"counted {sent} reminders, expected 3");
    }

    private static async Task AllReminded(Task<IReadOnlyCollection<string>> batch)
    {
        var sent = await batch;
        Invariant.Assert(sent.Order().SequenceEqual(Customers), $"reminded {string.Join(", ", sent)}, expected {string.Join(", ", Customers)}");
    }
}
