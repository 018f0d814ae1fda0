using System.Globalization;
using System.Threading.Channels;
using Harness;

namespace Scenarios.P18_EndlessReadLoop;

/// <summary>
/// P18: a bedside monitor sends a heart-rate reading every three seconds, then the patient is discharged and the
/// device disconnects. The ward waits for the uploader to archive the last readings and stop; the buggy uploader
/// never stops.
/// </summary>
public static class EndlessReadLoop
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P18",
        "read loop that never sees the feed end",
        BugKind.StepBoundReached,
        () => DischargedPatientsReadingsAreArchived((archive, time) => new VitalsUploader(archive, time)),
        () => DischargedPatientsReadingsAreArchived((archive, time) => new EndingVitalsUploader(archive, time)));

    private static async Task DischargedPatientsReadingsAreArchived(Func<CloudArchive, TimeProvider, IVitalsUploader> open)
    {
        int[] heartRates = [72, 75, 118, 96];
        var archive = new CloudArchive();
        var feed = Channel.CreateUnbounded<int>();
        var uploading = Controlled.Run(() => open(archive, Controlled.Time).RunAsync(feed.Reader), "uploader");

        foreach (int heartRate in heartRates)
        {
            await feed.Writer.WriteAsync(heartRate);
            await Task.Delay(TimeSpan.FromSeconds(3), Controlled.Time);
        }

        feed.Writer.Complete(); // the device disconnects
        await uploading;

        Invariant.Assert(archive.Uploaded.SequenceEqual(heartRates), "every reading is archived, in order: 4 readings, "
            + archive.Uploaded.Count.ToString(CultureInfo.InvariantCulture) + " archived");
    }
}
