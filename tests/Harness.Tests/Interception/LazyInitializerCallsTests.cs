using Harness.Interception;

namespace Harness.Tests.Interception;

/// <summary>
/// <see cref="LazyInitializer.EnsureInitialized{T}(ref T, ref bool, ref object, Func{T})"/> and its siblings through
/// their redirect targets (the overloads with a lock object), and the lock-free overloads as .NET runs them.
/// </summary>
public sealed class LazyInitializerCallsTests
{
    private static readonly ExplorationOptions Everything = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 };

    [Fact]
    public void With_a_flag_and_a_lock_object_two_operations_run_the_factory_once_in_every_schedule()
    {
        var result = ConcurrencyTest.Explore(
            () => TwoCallers(box =>
            {
                LazyInitializerCalls.EnsureInitialized(ref box.Value, ref box.Initialized, ref box.Lock, box.Factory, "Init.cs:1");
            }),
            Everything);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void With_a_lock_object_and_a_reference_target_two_operations_run_the_factory_once_in_every_schedule()
    {
        var result = ConcurrencyTest.Explore(
            () => TwoCallers(box => LazyInitializerCalls.EnsureInitialized(ref box.Value, ref box.Lock, box.Factory, "Init.cs:2")),
            Everything);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void Without_a_lock_object_the_factory_runs_twice_in_some_schedule_as_in_dotnet()
    {
        var result = ConcurrencyTest.Explore(
            () => TwoCallers(box => LazyInitializer.EnsureInitialized(ref box.Value, box.Factory)),
            Everything);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("the factory ran 2 times", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factory_returning_null_is_refused_with_dotnets_exception()
    {
        Exception? seen = null;
        var result = ConcurrencyTest.Explore(
            () =>
            {
                string? target = null;
                object? gate = null;
                seen = Record.Exception(() => LazyInitializerCalls.EnsureInitialized(ref target, ref gate, () => null!, "Init.cs:3"));
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal("ValueFactory returned null.", Assert.IsType<InvalidOperationException>(seen).Message);
    }

    [Fact]
    public void The_parameterless_overload_with_a_flag_creates_the_value_once_and_sets_the_flag()
    {
        (int Value, bool Initialized, bool LockMade) seen = default;
        var result = ConcurrencyTest.Explore(
            () =>
            {
                int target = 7;
                bool initialized = false;
                object? gate = null;
                LazyInitializerCalls.EnsureInitialized(ref target, ref initialized, ref gate, "Init.cs:4");
                seen = (target, initialized, gate is not null);
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal((0, true, true), seen);
    }

    private static async Task TwoCallers(Action<Box> ensure)
    {
        var box = new Box();
        await Task.WhenAll(
            Controlled.Run(() => Synchronously(() => ensure(box)), "first"),
            Controlled.Run(() => Synchronously(() => ensure(box)), "second"));
        Invariant.Assert(box.Runs == 1, $"the factory ran {box.Runs} times");
    }

    private static Task Synchronously(Action work)
    {
        work();
        return Task.CompletedTask;
    }

    private sealed class Box
    {
#pragma warning disable CA1051 // passed by ref, as the real call sites pass fields
        public string? Value;
        public bool Initialized;
        public object? Lock;
        public int Runs;
#pragma warning restore CA1051

        public string Factory()
        {
            Interlocked.Increment(ref Runs);
            Controlled.Interleave();
            return "made";
        }
    }
}
