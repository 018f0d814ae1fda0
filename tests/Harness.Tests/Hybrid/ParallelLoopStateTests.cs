using Harness.Hybrid;
using Harness.Interception;

namespace Harness.Tests.Hybrid;

/// <summary>The loop-state overloads: .NET's Stop/Break answers, measured on .NET 10 (see ParallelLoop.State.cs).</summary>
public sealed class ParallelLoopStateTests
{
    private static readonly ParallelOptions OneWorker = new() { MaxDegreeOfParallelism = 1 };

    [Fact]
    public void Stop_starts_no_further_body_and_the_result_is_not_completed_without_a_break_iteration()
    {
        var seen = new List<string>();
        ParallelLoopResult? loop = null;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                seen.Clear();
                loop = ParallelCalls.For(0, 5, OneWorker, (index, state) =>
                {
                    seen.Add($"{index}:{state.IsStopped}/{state.ShouldExitCurrentIteration}");
                    if (index == 2)
                    {
                        state.Stop();
                        seen.Add($"stopped:{state.IsStopped}/{state.ShouldExitCurrentIteration}/{state.LowestBreakIteration}/{state.IsExceptional}");
                    }
                }, "Search.cs:4");
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(["0:False/False", "1:False/False", "2:False/False", "stopped:True/True//False"], seen);
        Assert.False(loop!.Value.IsCompleted);
        Assert.Null(loop.Value.LowestBreakIteration);
    }

    [Fact]
    public void Break_runs_the_lower_indices_and_returns_the_lowest_break_iteration_for_int_long_and_indexed_for_each()
    {
        var seen = new List<string>();
        var loops = new List<ParallelLoopResult>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                loops.Add(ParallelCalls.For(10, 15, OneWorker, (index, state) =>
                {
                    if (index == 12)
                    {
                        state.Break();
                        seen.Add($"lowest {state.LowestBreakIteration} exit {state.ShouldExitCurrentIteration}");
                        state.Break();
                    }

                    seen.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }, "Int.cs:3"));
                loops.Add(ParallelCalls.For(10L, 15L, OneWorker, (index, state) =>
                {
                    if (index == 13)
                    {
                        state.Break();
                    }

                    seen.Add("L" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }, "Long.cs:4"));
                loops.Add(ParallelCalls.ForEach(new List<string> { "a", "b", "c", "d" }, OneWorker, (item, state, index) =>
                {
                    if (item == "c")
                    {
                        state.Break();
                    }

                    seen.Add(item + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }, "Each.cs:5"));
                loops.Add(ParallelCalls.ForEach(new[] { "x", "y", "z" }, OneWorker, (item, state) =>
                {
                    seen.Add(item);
                    if (item == "x")
                    {
                        state.Stop();
                    }
                }, "Array.cs:6"));
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.Equal(["10", "11", "lowest 12 exit False", "12", "L10", "L11", "L12", "L13", "a0", "b1", "c2", "x"], seen);
        Assert.Equal([(false, (long?)12), (false, 13), (false, 2), (false, null)], loops.Select(loop => (loop.IsCompleted, loop.LowestBreakIteration)));
    }

    [Fact]
    public void Break_after_stop_and_stop_after_break_throw_dotnets_invalid_operation_in_the_aggregate()
    {
        Exception? breakAfterStop = null;
        Exception? stopAfterBreak = null;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                breakAfterStop = Record.Exception(() => ParallelCalls.For(0, 5, OneWorker, (index, state) => { if (index == 1) { state.Stop(); state.Break(); } }, "A.cs:3"));
                stopAfterBreak = Record.Exception(() => ParallelCalls.For(0, 5, OneWorker, (index, state) => { if (index == 1) { state.Break(); state.Stop(); } }, "B.cs:4"));
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        var first = Assert.IsType<InvalidOperationException>(Assert.Single(Assert.IsType<AggregateException>(breakAfterStop).InnerExceptions));
        var second = Assert.IsType<InvalidOperationException>(Assert.Single(Assert.IsType<AggregateException>(stopAfterBreak).InnerExceptions));
        Assert.Equal("Break was called after Stop was called.", first.Message);
        Assert.Equal("Stop was called after Break was called.", second.Message);
    }

    [Fact]
    public void Cancelling_the_token_inside_a_body_makes_the_state_ask_to_exit_and_the_loop_throws_operation_canceled()
    {
        var seen = new List<string>();
        Exception? threw = null;
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                using var cancel = new CancellationTokenSource();
                var options = new ParallelOptions { MaxDegreeOfParallelism = 1, CancellationToken = cancel.Token };
                threw = Record.Exception(() => ParallelCalls.For(0, 5, options, (index, state) =>
                {
                    seen.Add(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    if (index == 1)
                    {
                        cancel.Cancel();
                        seen.Add($"stopped {state.IsStopped} exceptional {state.IsExceptional} exit {state.ShouldExitCurrentIteration}");
                    }
                }, "Cancel.cs:5"));
                await Task.Yield();
            },
            new ExplorationOptions { Iterations = 1 });

        Assert.Null(result.Bug);
        Assert.IsType<OperationCanceledException>(threw);
        Assert.Equal(["0", "1", "stopped False exceptional False exit True"], seen);
    }

    [Fact]
    public void A_fault_makes_the_other_workers_state_exceptional_and_break_then_returns_quietly()
    {
        var seen = new HashSet<string>();
        var result = ConcurrencyTest.Explore(
            async () =>
            {
                var threw = Record.Exception(() => ParallelCalls.For(0, 2, (index, state) =>
                {
                    if (index == 0)
                    {
                        // A scheduling point first, so the other worker can claim body 1 before this one faults.
                        ThreadCalls.Yield("Fault.cs:7");
                        throw new InvalidDataException("body 0");
                    }

                    // Spins (a scheduling point each time) until body 0 threw; then the state reads as .NET's does.
                    SpinWaitCalls.SpinUntil(() => state.IsExceptional, "Fault.cs:9");
                    state.Break();
                    lock (seen)
                    {
                        seen.Add($"exit {state.ShouldExitCurrentIteration} stopped {state.IsStopped} lowest {state.LowestBreakIteration}");
                    }
                }, "Fault.cs:4"));
                Invariant.Assert(threw is AggregateException { InnerExceptions: [InvalidDataException] }, $"threw {threw}");
                await Task.Yield();
            },
            new ExplorationOptions { Strategy = SchedulingStrategy.Exhaustive, StrategyBound = int.MaxValue, Iterations = 20_000 });

        Assert.Null(result.Bug);
        Assert.True(result.SearchSpaceExhausted);
        Assert.Equal(["exit True stopped False lowest "], seen);
    }

    [Fact]
    public void Outside_a_run_the_loop_state_overloads_are_the_bcl_calls()
    {
        var loop = ParallelCalls.For(0, 3, (index, state) => { if (index == 0) state.Break(); }, "Out.cs:1");
        var each = ParallelCalls.ForEach(["a"], (item, state, index) => { }, "Out.cs:2");

        Assert.Equal((false, (long?)0), (loop.IsCompleted, loop.LowestBreakIteration));
        Assert.True(each.IsCompleted);
    }

    [Fact]
    public void The_dotnet_internals_behind_loop_state_are_still_found_by_their_names()
    {
        // If a .NET update renames them the loops stay with the BCL (uncontrolled); this test says which names moved.
        var assembly = typeof(ParallelLoopState).Assembly;
        Assert.NotNull(assembly.GetType("System.Threading.Tasks.ParallelLoopState`1"));
        Assert.NotNull(assembly.GetType("System.Threading.Tasks.ParallelLoopStateFlags`1"));
        Assert.NotNull(typeof(ParallelLoopResult).GetField("_completed", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic));
        Assert.NotNull(typeof(ParallelLoopResult).GetField("_lowestBreakIteration", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic));
        Assert.True(ParallelLoopStates<int>.Available);
        Assert.True(ParallelLoopStates<long>.Available);
    }
}
