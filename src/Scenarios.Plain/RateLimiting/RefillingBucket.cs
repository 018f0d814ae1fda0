using System.Diagnostics;

namespace Scenarios.Plain.RateLimiting;

/// <summary>
/// A token bucket that refills one token per second from <see cref="Stopwatch.GetTimestamp"/>, as
/// System.Threading.RateLimiting's replenishment computes it, and stamps each take with <see cref="DateTime.UtcNow"/>.
/// </summary>
public sealed class RefillingBucket
{
    private readonly object gate = new();
    private long lastRefill = Stopwatch.GetTimestamp();
    private int tokens;

    /// <summary>When the last token was taken (UTC).</summary>
    public DateTime LastTakenAt { get; private set; }

    /// <summary>Takes a token if one has been refilled.</summary>
    /// <returns>True when a token was taken.</returns>
    public bool TryTake()
    {
        lock (gate)
        {
            var elapsed = Stopwatch.GetElapsedTime(lastRefill);
            if (elapsed >= TimeSpan.FromSeconds(1))
            {
                tokens += (int)elapsed.TotalSeconds;
                lastRefill = Stopwatch.GetTimestamp();
            }

            if (tokens == 0)
            {
                return false;
            }

            tokens--;
            LastTakenAt = DateTime.UtcNow;
            return true;
        }
    }

    /// <summary>Waits for a token, polling every 100 ms.</summary>
    /// <returns>A task that completes when a token was taken.</returns>
    public async Task TakeAsync()
    {
        while (!TryTake())
        {
            await Task.Delay(100);
        }
    }
}
