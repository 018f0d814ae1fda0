using Harness.Tests.Programs;

namespace Harness.Tests.Hybrid;

public sealed class NoFalseRaceTests
{
    public static TheoryData<string> Programs => ["AsyncLock", "SyncSemaphore", "Publish", "ChannelHandOver", "AwaitFinishedOperation"];

    [Theory]
    [MemberData(nameof(Programs))]
    public void Correct_synchronisation_the_engine_cannot_see_is_never_a_race(string program)
    {
        Func<Task> body = program switch
        {
            "AsyncLock" => QuietCounters.AsyncLock,
            "SyncSemaphore" => QuietCounters.SyncSemaphore,
            "ChannelHandOver" => TokenBuckets.HandedOverThroughAChannel,
            "AwaitFinishedOperation" => TokenBuckets.AfterAwaitingTheOtherOperation,
            _ => QuietCounters.Publish,
        };

        var random = ConcurrencyTest.Explore(body, new ExplorationOptions { Iterations = 2_000, Seed = 9 });
        var exhaustive = ConcurrencyTest.Explore(body, new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = 2, Iterations = 20_000 });

        Assert.Null(random.Bug);
        Assert.Null(exhaustive.Bug);
    }
}
