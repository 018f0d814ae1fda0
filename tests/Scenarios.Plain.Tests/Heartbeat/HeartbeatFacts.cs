using System.Runtime.CompilerServices;
using Harness;
using Harness.Xunit;

namespace Scenarios.Plain.Tests.Heartbeat;

/// <summary>A plain Task.Delay(30000) under the harness: thirty seconds on the virtual clock, a step in real time.</summary>
public sealed class HeartbeatFacts
{
    [ConcurrencyFact(Iterations = 100)]
    public async Task A_thirty_second_heartbeat_advances_the_virtual_clock_by_thirty_seconds()
    {
        var beats = new StrongBox<int>();
        var start = Controlled.Time.GetUtcNow();

        int beat = await Plain.Heartbeat.Heartbeat.BeatAsync(beats);

        Invariant.Assert(beat == 1, "one beat");
        Invariant.Assert(Controlled.Time.GetUtcNow() - start == TimeSpan.FromSeconds(30), "the heartbeat waited 30 virtual seconds");
    }

    [Fact]
    public async Task Outside_a_harness_run_the_rewritten_heartbeat_is_the_plain_task_delay()
    {
        // Not awaited to the end: outside a run the delay is real, so only its kind of task is checked.
        var beat = Plain.Heartbeat.Heartbeat.BeatAsync(new StrongBox<int>());
        Assert.False(beat.IsCompleted);
        Assert.False(Controlled.IsActive);
        await Task.Yield();
    }
}
