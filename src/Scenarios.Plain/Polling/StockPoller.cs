namespace Scenarios.Plain.Polling;

/// <summary>
/// A stock poller on <see cref="Timer"/>: each poll takes 25 ms and counts itself. On a 10 ms period the polls
/// overlap, as thread-pool timer callbacks do, and the count loses updates; re-arming a one-shot timer at the end
/// of each poll never overlaps.
/// </summary>
public sealed class StockPoller : IDisposable
{
    /// <summary>Time between polls.</summary>
    public const int PeriodMilliseconds = 10;

    private readonly Timer timer;
    private readonly TaskCompletionSource done = new();
    private readonly int wanted;
    private readonly bool rearm;
    private int polls;
    private int finished;

    private StockPoller(int wanted, bool rearm)
    {
        this.wanted = wanted;
        this.rearm = rearm;
        timer = new Timer(Poll, null, 0, rearm ? Timeout.Infinite : PeriodMilliseconds);
    }

    /// <summary>Polls counted.</summary>
    public int Polls => polls;

    /// <summary>Completes after <c>wanted</c> polls finished.</summary>
    public Task Done => done.Task;

    /// <summary>A poller on a periodic timer, whatever each poll takes (the bug).</summary>
    /// <param name="wanted">Polls before <see cref="Done"/> completes.</param>
    /// <returns>The running poller.</returns>
    public static StockPoller Periodic(int wanted) => new(wanted, rearm: false);

    /// <summary>A poller that re-arms a one-shot timer when each poll ends (the fix).</summary>
    /// <param name="wanted">Polls before <see cref="Done"/> completes.</param>
    /// <returns>The running poller.</returns>
    public static StockPoller Rearming(int wanted) => new(wanted, rearm: true);

    /// <inheritdoc/>
    public void Dispose() => timer.Dispose();

    private void Poll(object? state)
    {
        int seen = polls;
        Thread.Sleep(25);
        polls = seen + 1;
        if (++finished == wanted)
        {
            timer.Change(Timeout.Infinite, Timeout.Infinite);
            done.TrySetResult();
            return;
        }

        if (rearm)
        {
            timer.Change(PeriodMilliseconds, Timeout.Infinite);
        }
    }
}
