using Harness.Interception;

namespace Harness.Tests.Interception;

/// <summary>
/// <see cref="Lazy{T}.Value"/> through its redirect target, as rewritten code calls it. The factory has a scheduling
/// point (<see cref="Controlled.Interleave"/>, standing in for a rewritten field access), so a second reader can come
/// while the first is inside it.
/// </summary>
public sealed class LazyCallsTests
{
    private static readonly ExplorationOptions Everything = new() { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 100_000 };

    [Fact]
    public void A_lazy_read_by_two_operations_runs_its_factory_once_in_every_schedule()
    {
        var result = ConcurrencyTest.Explore(() => TwoReaders(LazyThreadSafetyMode.ExecutionAndPublication), Everything);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void A_publication_only_lazy_runs_its_factory_twice_in_some_schedule_and_both_readers_see_the_first_value()
    {
        var result = ConcurrencyTest.Explore(() => TwoReaders(LazyThreadSafetyMode.PublicationOnly), Everything);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("the factory ran 2 times", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("readers saw different values", result.Bug.Summary, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
    }

    [Fact]
    public void An_execution_and_publication_lazy_caches_its_factorys_exception_for_every_reader()
    {
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                int runs = 0;
                var lazy = new Lazy<int>(() => { Interlocked.Increment(ref runs); Controlled.Interleave(); throw new InvalidOperationException("boom"); });
                Exception? first = null, second = null;
                await Task.WhenAll(
                    Controlled.Run(() => Read(lazy, error => first = error), "first"),
                    Controlled.Run(() => Read(lazy, error => second = error), "second"));
                Invariant.Assert(runs == 1, $"the factory ran {runs} times");
                Invariant.Assert(first is InvalidOperationException && ReferenceEquals(first, second), "both readers get the one cached exception");
            },
            Everything);

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
    }

    [Fact]
    public void A_publication_only_lazy_does_not_cache_an_exception_and_runs_its_factory_again()
    {
        int runs = 0;
        var lazy = new Lazy<int>(() => ++runs == 1 ? throw new InvalidOperationException("first run fails") : runs, LazyThreadSafetyMode.PublicationOnly);
        var result = ConcurrencyTest.Explore(
            () =>
            {
                Assert.Throws<InvalidOperationException>(() => LazyCalls.Value(lazy, "Lazy.cs:1"));
                Invariant.Assert(LazyCalls.Value(lazy, "Lazy.cs:2") == 2, "the second read runs the factory again");
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(2, runs);
    }

    [Fact]
    public void A_factory_that_reads_its_own_lazy_gets_dotnets_exception_not_a_deadlock()
    {
        Exception? seen = null;
        var result = ConcurrencyTest.Explore(
            () =>
            {
                Lazy<int>? lazy = null;
                lazy = new Lazy<int>(() => LazyCalls.Value(lazy!, "Lazy.cs:2"));
                seen = Record.Exception(() => LazyCalls.Value(lazy, "Lazy.cs:3"));
                return Task.CompletedTask;
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal("ValueFactory attempted to access the Value property of this instance.", Assert.IsType<InvalidOperationException>(seen).Message);
    }

    [Fact]
    public void Outside_a_run_the_target_is_the_lazys_own_value()
    {
        var lazy = new Lazy<string>(() => "made");

        Assert.Equal("made", LazyCalls.Value(lazy, "Lazy.cs:1"));
        Assert.True(lazy.IsValueCreated);
    }

    [Fact]
    public void The_lazy_mode_the_target_reads_is_still_where_dotnet_keeps_it()
    {
        Assert.True(LazyModes.Readable<int>());
        Assert.Equal(LazyThreadSafetyMode.PublicationOnly, LazyModes.Of(new Lazy<int>(() => 1, LazyThreadSafetyMode.PublicationOnly)));
        Assert.Equal(LazyThreadSafetyMode.None, LazyModes.Of(new Lazy<int>(() => 1, isThreadSafe: false)));
        Assert.Equal(LazyThreadSafetyMode.ExecutionAndPublication, LazyModes.Of(new Lazy<int>(() => 1)));
        Assert.Null(LazyModes.Of(new Lazy<int>(1)));
    }

    private static async Task TwoReaders(LazyThreadSafetyMode mode)
    {
        int runs = 0;
        var lazy = new Lazy<object>(
            () =>
            {
                Interlocked.Increment(ref runs);
                Controlled.Interleave();
                return new object();
            },
            mode);
        object? first = null, second = null;
        await Task.WhenAll(
            Controlled.Run(() => Synchronously(() => first = LazyCalls.Value(lazy, "Lazy.cs:10")), "first"),
            Controlled.Run(() => Synchronously(() => second = LazyCalls.Value(lazy, "Lazy.cs:11")), "second"));
        Invariant.Assert(ReferenceEquals(first, second), "readers saw different values");
        Invariant.Assert(runs == 1, $"the factory ran {runs} times");
    }

    private static Task Read(Lazy<int> lazy, Action<Exception?> seen) => Synchronously(() => seen(Record.Exception(() => LazyCalls.Value(lazy, "Lazy.cs:20"))));

    private static Task Synchronously(Action work)
    {
        work();
        return Task.CompletedTask;
    }
}
