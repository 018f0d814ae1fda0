namespace Harness.Tests.Races;

/// <summary>A race between two flows of one operation names them apart, so the report never reads as a race with itself.</summary>
public sealed class FlowNamingTests
{
    private sealed class Box;

    [Fact]
    public void A_race_between_an_unawaited_call_and_its_caller_names_the_other_flow()
    {
        var box = new Box();
        async Task CheckAsync()
        {
            await Task.Delay(TimeSpan.FromSeconds(1), Controlled.Time);
            Controlled.BeforeRead(box, "Box.sent");
        }

        var races = Enumerable.Range(0, 20)
            .Select(seed => ConcurrencyTest.Explore(async () =>
            {
                var check = CheckAsync();
                await Task.Delay(TimeSpan.FromSeconds(1), Controlled.Time);
                Controlled.BeforeWrite(box, "Box.sent");
                await check;
            }, new ExplorationOptions { Seed = (ulong)seed, Iterations = 20, Shrink = false }))
            .Where(result => result.Bug?.Kind == BugKind.DataRace)
            .ToList();

        Assert.NotEmpty(races);
        Assert.All(races, result =>
        {
            Assert.Contains("another flow of 'test' (an async call it has not awaited yet, or a callback it started)", result.Bug!.Summary, StringComparison.Ordinal);
            Assert.Contains("the flow at ", result.Bug.Summary, StringComparison.Ordinal);
        });
    }
}
