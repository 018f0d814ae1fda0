using Harness;

namespace Scenarios.P13_WriterStarvation;

/// <summary>
/// P13: three prescribing screens, opened a millisecond apart, look up doses without pause (a read takes 3 ms)
/// while the pharmacy publishes a lower paracetamol limit. With the reader-preferring gate some screen is
/// always mid-read, the reader count never drops to zero, and the new limit never goes in.
/// </summary>
public static class WriterStarvation
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P13",
        "writer starved by a reader-preferring lock",
        BugKind.StepBoundReached,
        () => PharmacyPublishesDuringRounds(new ReadWriteGate()),
        () => PharmacyPublishesDuringRounds(new WriterFirstReadWriteGate()));

    private static async Task PharmacyPublishesDuringRounds(IReadWriteGate gate)
    {
        var formulary = new Formulary(gate);
        using var roundsOver = new CancellationTokenSource();
        var screens = Enumerable.Range(0, 3)
            .Select(screen => Controlled.Run(() => PrescribeUntilAsync(formulary, TimeSpan.FromMilliseconds(screen), roundsOver.Token), "screen " + (screen + 1)))
            .ToArray();

        await Controlled.Run(() => PublishAtAsync(formulary, TimeSpan.FromMilliseconds(10)), "pharmacy");
        roundsOver.Cancel();
        await Task.WhenAll(screens);

        Invariant.Assert(formulary.Version == 2, "the new formulary is in force");
        Invariant.Assert(await formulary.MaxDailyDoseAsync("paracetamol") == 3000, "screens see the new paracetamol limit");
    }

    private static async Task PrescribeUntilAsync(Formulary formulary, TimeSpan openedAt, CancellationToken roundsOver)
    {
        await Task.Delay(openedAt, Controlled.Time);
        while (!roundsOver.IsCancellationRequested)
        {
            await formulary.MaxDailyDoseAsync("paracetamol");
        }
    }

    private static async Task PublishAtAsync(Formulary formulary, TimeSpan at)
    {
        await Task.Delay(at, Controlled.Time);
        await formulary.PublishAsync(new Dictionary<string, int> { ["paracetamol"] = 3000 });
    }
}
