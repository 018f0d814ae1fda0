using Harness.Interception;

namespace Harness.Tests.Hybrid;

/// <summary>
/// A worker thread that takes a step may end the iteration before the thread that handed it the step runs again:
/// it must already be among the iteration's workers when it starts, or the end of the iteration walks a list that is
/// still growing (seen as a false BlockingWait about a third of the time on a loaded machine).
/// </summary>
public sealed class WorkerHandOffTests
{
    [Fact]
    public void Three_operations_waiting_on_each_other_synchronously_are_a_deadlock_in_every_exploration()
    {
        for (int run = 0; run < 20; run++)
        {
            var result = ConcurrencyTest.Explore(
                () =>
                {
                    Task? second = null;
                    using var ready = new ManualResetEventSlim();
                    var first = TaskCalls.Run(
                        () =>
                        {
                            ManualResetEventSlimCalls.Wait(ready, "Cycle.cs:4");
                            BlockingTaskCalls.Wait(second!, "Cycle.cs:5");
                        },
                        "Cycle.cs:3");
                    second = TaskCalls.Run(() => BlockingTaskCalls.Wait(first, "Cycle.cs:7"), "Cycle.cs:7");
                    ready.Set();
                    BlockingTaskCalls.Wait(first, "Cycle.cs:9");
                    return Task.CompletedTask;
                },
                new ExplorationOptions { Iterations = 1, Seed = (ulong)run });

            Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        }
    }
}
