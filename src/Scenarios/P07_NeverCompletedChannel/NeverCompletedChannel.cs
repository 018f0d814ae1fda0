using System.Globalization;
using Harness;

namespace Scenarios.P07_NeverCompletedChannel;

/// <summary>
/// P07: a bedside monitor and a pulse oximeter send one reading each through the recorder, then the ward
/// closes the recorder. The buggy recorder's background writer is still waiting afterwards.
/// </summary>
public static class NeverCompletedChannel
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P07",
        "reader of a channel nobody completes",
        BugKind.LeakedTask,
        () => EveryReadingIsRecorded(store => new VitalsRecorder(store)),
        () => EveryReadingIsRecorded(store => new CompletingVitalsRecorder(store)));

    private static async Task EveryReadingIsRecorded(Func<VitalsStore, IVitalsRecorder> open)
    {
        var store = new VitalsStore();
        var recorder = open(store);
        try
        {
            await Task.WhenAll(
                Controlled.Run(() => recorder.RecordAsync(new VitalSign("0042", "heart rate", 118)), "bedside monitor"),
                Controlled.Run(() => recorder.RecordAsync(new VitalSign("0042", "SpO2", 91)), "pulse oximeter"));

            Invariant.Assert(store.Rows.Count == 2, "every reading is stored once recorded: 2 readings, "
                + store.Rows.Count.ToString(CultureInfo.InvariantCulture) + " stored");
        }
        finally
        {
            if (recorder is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }
}
