using Harness.Diagnostics;
using Harness.Scheduling;

namespace Harness.Tests.Diagnostics;

/// <summary>Folding library runs in a trace: presentation only, one line per run of one operation inside one library.</summary>
public sealed class TraceFoldingTests
{
    [Fact]
    public void Consecutive_steps_of_one_operation_inside_one_library_fold_into_one_line_naming_the_library_and_the_steps()
    {
        var folded = TraceLog.Folded([Step(0, "a", null), Step(1, "a", "Polly.Core"), Step(2, "a", "Polly.Core"), Step(3, "a", "Polly.Core"), Step(4, "a", null)]).ToList();

        Assert.Equal(["step 0", "Polly.Core: 3 steps (1-3)", "step 4"], folded.Select(step => step.What));
        Assert.Equal([1, 3, 1], folded.Select(step => step.FoldedSteps));
        Assert.Equal(1, folded[1].Step);
    }

    [Fact]
    public void A_single_library_step_keeps_its_own_line()
    {
        var folded = TraceLog.Folded([Step(0, "a", null), Step(1, "a", "Polly.Core"), Step(2, "a", null)]).ToList();

        Assert.Equal(["step 0", "step 1", "step 2"], folded.Select(step => step.What));
    }

    [Fact]
    public void Runs_of_two_operations_or_two_libraries_do_not_fold_together()
    {
        var folded = TraceLog.Folded([Step(0, "a", "Polly.Core"), Step(1, "a", "Polly.Core"), Step(2, "b", "Polly.Core"), Step(3, "b", "Polly.Core"), Step(4, "b", "Other"), Step(5, "b", "Other")]).ToList();

        Assert.Equal(["Polly.Core: 2 steps (0-1)", "Polly.Core: 2 steps (2-3)", "Other: 2 steps (4-5)"], folded.Select(step => step.What));
        Assert.Equal(["a", "b", "b"], folded.Select(step => step.Operation));
    }

    [Fact]
    public void Steps_of_the_test_assembly_and_its_projects_are_user_code_not_a_library()
    {
        Assert.Null(LibraryCode.LibraryOf(typeof(TraceFoldingTests).Assembly));
        Assert.Null(LibraryCode.LibraryOf(typeof(ConcurrencyTest).Assembly));
        Assert.Null(LibraryCode.LibraryOf(typeof(object).Assembly));
        Assert.Equal("xunit.core", LibraryCode.LibraryOf(typeof(FactAttribute).Assembly));
    }

    [Fact]
    public void A_trace_with_no_library_step_is_the_same_folded_or_full()
    {
        var result = ConcurrencyTest.Explore(
            LostUpdate,
            new ExplorationOptions { Seed = 3 });
        var full = ConcurrencyTest.Replay(
            LostUpdate,
            result.Schedule,
            new ExplorationOptions { FullTrace = true });

        Assert.NotNull(result.Bug);
        Assert.Equal(result.Trace, full.Trace);
    }

    private static async Task LostUpdate()
    {
        int total = 0;
        async Task AddAsync()
        {
            int read = total;
            await Controlled.Yield();
            total = read + 1;
        }

        await Task.WhenAll(Controlled.Run(AddAsync, "first"), Controlled.Run(AddAsync, "second"));
        Invariant.Assert(total == 2, "no update is lost");
    }

    private static TraceStep Step(int step, string operation, string? library) =>
        new(step, TimeSpan.Zero, operation, "step " + step, WorkKind.Continuation, null) { Library = library };
}
