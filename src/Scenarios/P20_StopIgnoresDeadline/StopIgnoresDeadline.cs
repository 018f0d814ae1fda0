using System.Globalization;
using Harness;

namespace Scenarios.P20_StopIgnoresDeadline;

/// <summary>
/// P20: the lab's host shuts down for a deployment while three results wait for upload and the registry's
/// connection has just gone silent. The host gives the uploader 5 seconds; the buggy uploader never returns.
/// </summary>
public static class StopIgnoresDeadline
{
    /// <summary>The host's shutdown timeout (HostOptions.ShutdownTimeout).</summary>
    public static TimeSpan ShutdownTimeout { get; } = TimeSpan.FromSeconds(5);

    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P20",
        "shutdown ignores its deadline",
        BugKind.Deadlock,
        () => HostShutsDownDuringOutage(registry => new ResultUploader(registry)),
        () => HostShutsDownDuringOutage(registry => new DeadlineAwareResultUploader(registry)));

    private static async Task HostShutsDownDuringOutage(Func<RegionalRegistry, IResultUploader> open)
    {
        var registry = new RegionalRegistry(answeredUploads: 2);
        using var uploader = open(registry);
        uploader.Start();
        foreach (string patient in new[] { "patient 3", "patient 8", "patient 21" })
        {
            await uploader.EnqueueAsync(new LabResult(patient, "troponin"));
        }

        using var shutdown = new CancellationTokenSource(ShutdownTimeout, Controlled.Time);
        long stopping = Controlled.Time.GetTimestamp();
        await uploader.StopAsync(shutdown.Token);

        var took = Controlled.Time.GetElapsedTime(stopping);
        Invariant.Assert(took <= ShutdownTimeout, "the uploader stops within the host's 5 s shutdown timeout, it took " + took.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s");
    }
}
