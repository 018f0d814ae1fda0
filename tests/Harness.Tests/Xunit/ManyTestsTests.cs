using Harness.Tests.Samples;

namespace Harness.Tests.Xunit;

public sealed class ManyTestsTests
{
    [Fact]
    public void Three_hundred_concurrency_cases_in_parallel_classes_pass_without_cross_talk()
    {
        using var sandbox = new SampleSandbox();
        Type[] classes = [typeof(ManyRowsA), typeof(ManyRowsB), typeof(ManyRowsC), typeof(ManyRowsD)];

        var outcomes = InProcessXunit.RunTogether(classes);

        Assert.Equal(classes.Length * ManyRows.RowCount, outcomes.Count);
        Assert.All(outcomes, outcome => Assert.True(outcome.Passed, outcome.Message));
        Assert.All(
            classes.SelectMany(c => Enumerable.Range(0, ManyRows.RowCount).Select(row => $"{c.Name}/{row}")),
            key => Assert.Equal(ManyRows.IterationsPerRow, ManyRows.IterationsSeen[key]));
        Assert.Empty(sandbox.Files());
    }
}
