using Harness;
using Harness.Xunit;
using Scenarios.Plain.Enrollment;
using Scenarios.Synchronous;

namespace Scenarios.Plain.Tests.Enrollment;

/// <summary>P05 in its original, synchronous form: <c>total += n</c> in Task.Run bodies with no await.</summary>
public sealed class EnrollmentCounterFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.DataRace)]
    public Task Unguarded_counter_races_on_the_total() => SynchronousCatalogue.RegisterThreeBatches(new EnrollmentCounter());

    [ConcurrencyFact]
    public Task Locked_counter_counts_every_student() => SynchronousCatalogue.RegisterThreeBatches(new LockedEnrollmentCounter());

    [ConcurrencyFact]
    public Task Interlocked_counter_counts_every_student() => SynchronousCatalogue.RegisterThreeBatches(new InterlockedEnrollmentCounter());

    [Fact]
    public void The_race_names_both_operations_and_the_line_of_the_unguarded_add()
    {
        var result = ConcurrencyTest.Explore(() => SynchronousCatalogue.RegisterThreeBatches(new EnrollmentCounter()));

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("EnrollmentCounter.total", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("EnrollmentCounter.cs:15", result.Bug.ToString(), StringComparison.Ordinal);
        Assert.True(result.Bug.Operations.Count >= 2, string.Join(", ", result.Bug.Operations));
    }
}
