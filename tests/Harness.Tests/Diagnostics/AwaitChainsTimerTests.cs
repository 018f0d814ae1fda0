using Harness.Diagnostics;
using static Harness.Tests.Diagnostics.AwaitLines;

namespace Harness.Tests.Diagnostics;

public sealed class AwaitChainsTimerTests
{
    private const string Me = nameof(AwaitChainsTimerTests);

    [Fact]
    public async Task A_delay_on_the_real_timer_is_flagged_as_not_controlled()
    {
        using var cancel = new CancellationTokenSource();
        var task = RealDelayAsync(cancel.Token);
        try
        {
            var frames = AwaitChains.Describe(task);
            Assert.Equal(
                [Frame(0, $"{Me}.RealDelayAsync", 1, nameof(RealDelayAsync), "Task.Delay (real timer: not controlled)")],
                Show(frames));
            Assert.True(AwaitChains.IsWaitingOnRealTimer(frames));
        }
        finally
        {
            // Cancelling disposes the hour-long timer, so nothing real outlives the test.
            await cancel.CancelAsync();
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
    }

    [Fact]
    public async Task A_delay_on_a_time_provider_timer_is_not_flagged()
    {
        using var cancel = new CancellationTokenSource();
        var task = ProvidedDelayAsync(new NeverFiringTimeProvider(), cancel.Token);
        try
        {
            var frames = AwaitChains.Describe(task);
            Assert.Equal(
                [Frame(0, $"{Me}.ProvidedDelayAsync", 1, nameof(ProvidedDelayAsync), "Task.Delay")],
                Show(frames));
            Assert.False(AwaitChains.IsWaitingOnRealTimer(frames));
        }
        finally
        {
            await cancel.CancelAsync();
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
    }

    [Fact]
    public async Task An_infinite_delay_has_no_timer_and_is_not_flagged()
    {
        using var cancel = new CancellationTokenSource();
        var task = InfiniteDelayAsync(cancel.Token);
        try
        {
            var frames = AwaitChains.Describe(task);
            Assert.Equal(
                [Frame(0, $"{Me}.InfiniteDelayAsync", 1, nameof(InfiniteDelayAsync), "Task.Delay (infinite)")],
                Show(frames));
            Assert.False(AwaitChains.IsWaitingOnRealTimer(frames));
        }
        finally
        {
            await cancel.CancelAsync();
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
    }

    private static async Task RealDelayAsync(CancellationToken token) => await At(Task.Delay(TimeSpan.FromHours(1), token));

    private static async Task ProvidedDelayAsync(TimeProvider time, CancellationToken token) =>
        await At(Task.Delay(TimeSpan.FromHours(1), time, token));

    private static async Task InfiniteDelayAsync(CancellationToken token) => await At(Task.Delay(Timeout.Infinite, token));

    /// <summary>A stand-in for the harness's controlled clock: its timers exist but only a test could fire them.</summary>
    private sealed class NeverFiringTimeProvider : TimeProvider
    {
        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new NeverFiringTimer();
    }

    private sealed class NeverFiringTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
