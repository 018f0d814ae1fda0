using System.Globalization;
using Harness;
using Harness.Xunit;
using Scenarios.Plain.Enrollment;

namespace Scenarios.Plain.Tests.Enrollment;

/// <summary>P05 in its original, synchronous form: <c>total += n</c> in Task.Run bodies with no await.</summary>
public sealed class EnrollmentCounterFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.DataRace)]
    public Task Unguarded_counter_races_on_the_total() => RegisterThreeBatches(new EnrollmentCounter());

    [ConcurrencyFact]
    public Task Locked_counter_counts_every_student() => RegisterThreeBatches(new LockedEnrollmentCounter());

    [ConcurrencyFact]
    public Task Interlocked_counter_counts_every_student() => RegisterThreeBatches(new InterlockedEnrollmentCounter());

    [Fact]
    public void The_race_names_both_operations_and_the_line_of_the_unguarded_add()
    {
        var result = ConcurrencyTest.Explore(() => RegisterThreeBatches(new EnrollmentCounter()));

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("EnrollmentCounter.total", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("EnrollmentCounter.cs:15", result.Bug.ToString(), StringComparison.Ordinal);
        Assert.True(result.Bug.Operations.Count >= 2, string.Join(", ", result.Bug.Operations));
    }

    internal static async Task RegisterThreeBatches(IEnrollmentCounter counter)
    {
        await Registrar.RegisterAsync(counter, 30, 25, 12);
        Invariant.Assert(counter.Total == 67, "every student is counted: 67 enrolled, the counter says " + counter.Total.ToString(CultureInfo.InvariantCulture));
    }
}
