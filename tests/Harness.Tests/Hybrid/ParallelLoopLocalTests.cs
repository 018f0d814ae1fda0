using Harness.Interception;

namespace Harness.Tests.Hybrid;

/// <summary>The thread-local overloads: .NET's order of localInit, bodies and localFinally, measured on .NET 10.</summary>
public sealed class ParallelLoopLocalTests
{
    private static readonly ParallelOptions OneWorker = new() { MaxDegreeOfParallelism = 1 };

    [Fact]
    public void One_worker_initialises_its_local_once_threads_it_through_the_bodies_and_finishes_it_after_a_break()
    {
        var log = new List<string>();
        var loops = new List<ParallelLoopResult>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                loops.Add(ParallelCalls.For(0, 4, OneWorker, () => { log.Add("init"); return 10; }, (index, state, local) =>
                {
                    log.Add($"b{index}:{local}");
                    if (index == 1)
                    {
                        state.Break();
                    }

                    return local + index;
                }, local => log.Add($"fin:{local}"), "Local.cs:3"));
                loops.Add(ParallelCalls.ForEach(new List<string> { "a", "b" }, OneWorker, () => "<", (item, state, index, local) => local + item + index, local => log.Add(local + ">"), "Each.cs:4"));
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(["init", "b0:10", "b1:10", "fin:11", "<a0b1>"], log);
        Assert.Equal([(false, (long?)1), (true, null)], loops.Select(loop => (loop.IsCompleted, loop.LowestBreakIteration)));
    }

    [Fact]
    public void A_body_that_throws_ends_the_worker_and_local_finally_gets_the_last_local_and_its_own_exception_replaces_the_bodys()
    {
        var log = new List<string>();
        var threw = new List<Exception?>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                threw.Add(Record.Exception(() => ParallelCalls.For(0, 4, OneWorker, () => 10, (index, state, local) =>
                {
                    log.Add($"b{index}:{local}");
                    return index == 2 ? throw new InvalidDataException("boom") : local + index;
                }, local => log.Add($"fin:{local}"), "Body.cs:3")));
                threw.Add(Record.Exception(() => ParallelCalls.For(0, 3, OneWorker, () => 0, (index, state, local) =>
                {
                    log.Add("b" + index);
                    return index == 0 ? throw new InvalidDataException("body") : local;
                }, _ => throw new InvalidDataException("fin"), "Finally.cs:4")));
                threw.Add(Record.Exception(() => ParallelCalls.For<int>(0, 2, OneWorker, () => throw new InvalidDataException("init"), (index, state, local) => { log.Add("never"); return 0; }, _ => log.Add("never"), "Init.cs:5")));
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(["b0:10", "b1:10", "b2:11", "fin:11", "b0"], log);
        Assert.Equal([["boom"], ["fin"], ["init"]], threw.Select(exception => Assert.IsType<AggregateException>(exception).InnerExceptions.Select(inner => inner.Message).ToArray()));
    }

    [Fact]
    public void Each_worker_operation_gets_its_own_local_and_every_local_is_finished_once()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                int made = 0;
                int total = 0;
                var finished = new List<int>();
                ParallelCalls.For(0, 6, new ParallelOptions { MaxDegreeOfParallelism = 2 }, () => Interlocked.Increment(ref made), (index, state, local) =>
                {
                    ThreadCalls.Yield("Sum.cs:5");
                    Interlocked.Add(ref total, index);
                    return local;
                }, local => { lock (finished) { finished.Add(local); } }, "Sum.cs:3");
                Invariant.Assert(total == 15 && finished.Count == made && finished.Order().SequenceEqual(Enumerable.Range(1, made)) && made is 1 or 2, $"made {made}, finished {string.Join(",", finished)}, total {total}");
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 200, Seed = 4 });

        Assert.Null(result.Bug);
    }
}
