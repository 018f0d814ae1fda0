using System.Globalization;
using Harness;
using Harness.Xunit;
using Scenarios.Plain.Lookup;

namespace Scenarios.Plain.Tests.Lookup;

/// <summary>P09 in plain code: a CancellationTokenSource(2000) whose token never reaches the 30-second Task.Delay.</summary>
public sealed class ResultsEndpointFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.AssertionFailure)]
    public Task Endpoint_that_keeps_its_timeout_to_itself_waits_out_the_reindex() =>
        AnswerWithinBudget(new ResultsEndpoint(new LabArchive(), passTokenDown: false));

    [ConcurrencyFact]
    public Task Endpoint_that_passes_its_timeout_down_answers_busy_in_time() =>
        AnswerWithinBudget(new ResultsEndpoint(new LabArchive(), passTokenDown: true));

    [Fact]
    public void Waiting_out_the_reindex_shows_thirty_virtual_seconds_in_the_trace()
    {
        var result = ConcurrencyTest.Explore(
            () => AnswerWithinBudget(new ResultsEndpoint(new LabArchive(), passTokenDown: false)),
            new ExplorationOptions { Iterations = 10 });

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Equal(TimeSpan.FromSeconds(30), result.Bug!.VirtualTime);
        Assert.Contains(result.Trace, line => line.Contains("00:00:30.000", StringComparison.Ordinal) && line.Contains("LabArchive.cs:", StringComparison.Ordinal));
    }

    private static async Task AnswerWithinBudget(ResultsEndpoint endpoint)
    {
        long start = Controlled.Time.GetTimestamp();
        await endpoint.GetAsync("patient 31");
        var elapsed = Controlled.Time.GetElapsedTime(start);
        Invariant.Assert(
            elapsed <= TimeSpan.FromMilliseconds(ResultsEndpoint.BudgetMilliseconds),
            "the results are answered within the 2 s budget, it took " + elapsed.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s");
    }
}
