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
        int sent = 0;
        var refill = RefillAsync(limiter, () => sent == count);
        for (int i = 0; i < count; i++)
        {
            using var lease = await limiter.AcquireAsync(1);
            sent += lease.IsAcquired ? 1 : 0;
        }

        await refill;
        return sent;
    }

    private static async Task RefillAsync(TokenBucketRateLimiter limiter, Func<bool> done)
    {
        while (!done())
        {
            await Task.Delay(1000);
            limiter.TryReplenish();
        }
    }
}
