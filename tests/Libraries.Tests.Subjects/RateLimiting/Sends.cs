using System.Threading.RateLimiting;

namespace Libraries.Subjects.RateLimiting;

/// <summary>Sends that wait for a token of a bucket refilled by <see cref="TokenBucketRateLimiter.TryReplenish"/> (auto-replenishment off).</summary>
public static class Sends
{
    public static async Task<int> SendAllAsync(int count)
    {
        using var limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            AutoReplenishment = false,
            QueueLimit = count,
        });
        // The bucket starts full: the first send takes that token, every later one waits for a refill. The refill loop
        // counts its own refills rather than reading the sends' counter, which the sends write on another thread.
        var refill = RefillAsync(limiter, refills: count - 1);
        int sent = 0;
        for (int i = 0; i < count; i++)
        {
            using var lease = await limiter.AcquireAsync(1);
            sent += lease.IsAcquired ? 1 : 0;
        }

        await refill;
        return sent;
    }

    private static async Task RefillAsync(TokenBucketRateLimiter limiter, int refills)
    {
        for (int i = 0; i < refills; i++)
        {
            await Task.Delay(1000);
            limiter.TryReplenish();
        }
    }
}
