using System.Threading.Channels;
using Harness.Tests.Programs;

namespace Harness.Tests.Exploration;

/// <summary>The harness must never call a correct program buggy: each of these is explored and must pass.</summary>
public sealed class BugFreeTests
{
    public static TheoryData<string> Programs => new(CorrectPrograms.Keys);

    private static readonly Dictionary<string, Func<Task>> CorrectPrograms = new()
    {
        ["guarded counter"] = Counters.Guarded,
        ["locks in one order"] = LockOrdering.SameOrder,
        ["producer and consumer over a bounded channel"] = Channels.ProducerAndConsumer,
        ["timeout that wins the race and is disposed"] = async () =>
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1), Controlled.Time);
            var slow = new TaskCompletionSource();
            var winner = await Task.WhenAny(slow.Task, Task.Delay(Timeout.InfiniteTimeSpan, Controlled.Time, timeout.Token));
            Invariant.Assert(winner != slow.Task, "the never-completing source cannot win");
        },
        ["worker cancelled by its caller"] = async () =>
        {
            using var stop = new CancellationTokenSource();
            var requests = Channel.CreateUnbounded<int>();
            var worker = Controlled.Run(async () =>
            {
                try
                {
                    await requests.Reader.ReadAsync(stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }, "worker");
            await Controlled.Yield();
            stop.Cancel(); // CancelAsync runs the callbacks on the real thread pool
            await worker;
        },
        ["fan-out with Task.WhenAll over async lambdas"] = async () =>
        {
            int done = 0;
            await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            {
                await Task.Yield();
                Interlocked.Increment(ref done);
            }));
            Invariant.Assert(done == 4, "every branch ran");
        },
        ["library code awaiting with ConfigureAwait(false)"] = async () =>
        {
            var reply = new TaskCompletionSource<int>();
            var caller = Controlled.Run(async () =>
            {
                int value = await reply.Task.ConfigureAwait(false);
                Invariant.Assert(value == 7, "the reply arrives");
            }, "caller");
            await Controlled.Yield();
            reply.SetResult(7);
            await caller;
        },
        ["timeout race between a reply and Task.Delay"] = async () =>
        {
            var reply = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            _ = Controlled.Run(async () =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5), Controlled.Time);
                reply.TrySetResult(1);
            }, "replier");
            using var cancel = new CancellationTokenSource();
            var timeout = Task.Delay(TimeSpan.FromMilliseconds(10), Controlled.Time, cancel.Token);
            var first = await Task.WhenAny(reply.Task, timeout);
            cancel.Cancel();
            Invariant.Assert(first == reply.Task, "the reply at 5 ms beats the 10 ms timeout");
        },
        ["a spinner waiting for a flag another operation sets"] = async () =>
        {
            // PCT starves the setter while the spinner keeps the higher priority: fair after a bound.
            bool stop = false;
            var spinner = Controlled.Run(async () =>
            {
                while (!stop)
                {
                    await Controlled.Yield();
                }
            }, "spinner");
            await Controlled.Run(() =>
            {
                stop = true;
                return Task.CompletedTask;
            }, "stopper");
            await spinner;
        },
        ["spawned operation returning a value"] = async () =>
        {
            int answer = await Controlled.Run(async () =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), Controlled.Time);
                return 42;
            });
            Invariant.Assert(answer == 42, "the value comes back");
        },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void A_correct_program_gets_no_verdict_under_random_search(string program)
    {
        var result = ConcurrencyTest.Explore(CorrectPrograms[program], new ExplorationOptions { Iterations = 500, Seed = 11, Strategy = SchedulingStrategy.Random });

        Assert.True(result.Bug is null, result.Bug?.ToString());
        Assert.Equal(500, result.Iterations);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void A_correct_program_gets_no_verdict_under_exhaustive_search(string program)
    {
        // Bound 0 forbids ever switching away from a spinner that can go on, the harshest unfair schedule.
        foreach (int bound in (int[])[0, 3])
        {
            var result = ConcurrencyTest.Explore(CorrectPrograms[program], new ExplorationOptions { Iterations = 500, Strategy = SchedulingStrategy.Exhaustive, StrategyBound = bound });

            Assert.True(result.Bug is null, $"bound {bound}: {result.Bug}");
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void A_correct_program_gets_no_verdict_under_pct(string program)
    {
        var result = ConcurrencyTest.Explore(CorrectPrograms[program], new ExplorationOptions { Iterations = 500, Seed = 11, Strategy = SchedulingStrategy.Pct });

        Assert.True(result.Bug is null, result.Bug?.ToString());
    }
}
