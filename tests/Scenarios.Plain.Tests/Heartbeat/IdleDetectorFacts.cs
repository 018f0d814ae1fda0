using Harness;
using Harness.Xunit;
using Scenarios.Plain.Heartbeat;

namespace Scenarios.Plain.Tests.Heartbeat;

/// <summary>Plain code that resets a Timer through ITimer.Change, rewritten: the resets act on the virtual clock.</summary>
public sealed class IdleDetectorFacts
{
    [ConcurrencyFact(Iterations = 20)]
    public async Task A_detector_reset_through_ITimer_goes_idle_a_full_period_after_the_last_message()
    {
        DateTimeOffset start = Controlled.Time.GetUtcNow(); // the test assembly is not rewritten: its clock reads go through Controlled.Time
        using var detector = new IdleDetector(TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(20), Controlled.Time);
        Invariant.Assert(detector.OnMessage(), "a live timer accepts the reset");

        DateTimeOffset idle = await detector.Idle;

        Invariant.Assert(idle - start == TimeSpan.FromSeconds(50), $"idle 30 s after the message at 20 s ({(idle - start).TotalSeconds} s)");
    }

    [ConcurrencyFact(Iterations = 5)]
    public async Task A_disposed_detector_refuses_a_reset_as_dotnet_does()
    {
        await Controlled.Yield();
        var detector = new IdleDetector(TimeSpan.FromSeconds(30));
        detector.Dispose();

        Invariant.Assert(!detector.OnMessage(), "ITimer.Change after Dispose returns false");
    }
}
