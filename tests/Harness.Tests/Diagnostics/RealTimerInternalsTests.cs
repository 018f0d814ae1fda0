using Harness.Diagnostics;

namespace Harness.Tests.Diagnostics;

/// <summary>
/// Pins what the real-timer detector reads from the runtime: the ThreadTransferSend event a timer raises when it is
/// armed (on the arming thread, with the timer's id), and the timer queues where an armed timer can be found by that id.
/// </summary>
[Collection(EscapeListenerCollection.Name)]
public sealed class RealTimerInternalsTests
{
    [Fact]
    public void Arming_a_real_timer_raises_ThreadTransferSend_on_the_arming_thread_with_its_id_kind_and_due_time()
    {
        using var events = new ThisThreadEvents();
        Timer? timer = null;

        var e = events.Single(EscapeEvents.ThreadPoolSource, EscapeEvents.ThreadTransferSend,
            () => timer = new Timer(_ => { }, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan));
        using (timer)
        {
            Assert.Equal("ThreadTransferSend", e.EventName);
            Assert.Equal("id", e.PayloadNames![EscapeEvents.ThreadTransferIdIndex]);
            Assert.IsType<long>(e.Payload![EscapeEvents.ThreadTransferIdIndex]);
            Assert.Equal(EscapeEvents.TimerTransfer, e.Payload[EscapeEvents.ThreadTransferKindIndex]);
            Assert.Equal(3_600_000, e.Payload[EscapeEvents.ThreadTransferDueIndex]);
        }
    }

    [Fact]
    public void The_timer_queues_hold_an_armed_timer_under_the_events_id_until_it_is_disposed()
    {
        using var events = new ThisThreadEvents();
        Timer? timer = null;
        var e = events.Single(EscapeEvents.ThreadPoolSource, EscapeEvents.ThreadTransferSend,
            () => timer = new Timer(_ => { }, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan));
        long id = (long)e.Payload![EscapeEvents.ThreadTransferIdIndex]!;
        var candidates = new HashSet<long> { id };

        Assert.Equal([id], RealTimerQueues.ArmedIds(candidates));
        timer!.Change(Timeout.Infinite, Timeout.Infinite);
        Assert.Empty(RealTimerQueues.ArmedIds(candidates)!);
        timer.Change(TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
        Assert.Equal([id], RealTimerQueues.ArmedIds(candidates));
        timer.Dispose();
        Assert.Empty(RealTimerQueues.ArmedIds(candidates)!);
    }
}
