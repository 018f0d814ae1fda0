using Harness;

namespace Scenarios.P11_WhenAnyWithoutTimeout;

/// <summary>
/// P11: two blood samples are sent to the hospital lab and the reference lab during a morning shift. One reaches
/// both labs and the hospital lab answers first; the other is lost in transport and reaches neither. At the end of the shift the buggy
/// tracker is still waiting for the lost sample.
/// </summary>
public static class WhenAnyWithoutTimeout
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P11",
        "WhenAny over sources that may never produce",
        BugKind.LeakedTask,
        () => MorningShiftSendsTwoSamples((hospital, reference) => new SampleTracker(hospital, reference)),
        () => MorningShiftSendsTwoSamples((hospital, reference) => new DeadlineSampleTracker(hospital, reference, Controlled.Time)));

    private static readonly TimeSpan Shift = TimeSpan.FromHours(6);

    private static async Task MorningShiftSendsTwoSamples(Func<Laboratory, Laboratory, ISampleTracker> open)
    {
        var hospitalLab = new Laboratory(TimeSpan.FromMinutes(45), Controlled.Time);
        var referenceLab = new Laboratory(TimeSpan.FromHours(4), Controlled.Time);
        hospitalLab.Receive("S-17", "potassium 4.1 mmol/L");
        referenceLab.Receive("S-17", "potassium 4.2 mmol/L");
        var tracker = open(hospitalLab, referenceLab);

        // The ward does not wait for results: trackers run in the background while the shift goes on.
        _ = Controlled.Run(() => tracker.TrackAsync("S-17"), "track S-17");
        _ = Controlled.Run(() => tracker.TrackAsync("S-18"), "track S-18");
        await Task.Delay(Shift, Controlled.Time);

        Invariant.Assert(tracker.Worklist.Contains("S-17: potassium 4.1 mmol/L"), "the received sample's result reaches the nurse within the shift");
    }
}
