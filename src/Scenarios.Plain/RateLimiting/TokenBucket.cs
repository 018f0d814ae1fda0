namespace Scenarios.Plain.RateLimiting;

/// <summary>
/// A token bucket as rate limiters write it: an async gate around a read-modify-write with no await inside, so a
/// WaitAsync that finds the gate free completes at once and posts nothing (issue 11: once called a data race when
/// spawned as <c>() => bucket.TryAcquireAsync()</c>).
/// </summary>
public sealed class TokenBucket
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly int capacity;
    private int taken;

    /// <summary>Creates a bucket holding <paramref name="capacity"/> tokens.</summary>
    /// <param name="capacity">Tokens before the bucket refuses.</param>
    public TokenBucket(int capacity) => this.capacity = capacity;

    /// <summary>Tokens handed out so far.</summary>
    public int Taken => taken;

    /// <summary>Takes a token if one is left.</summary>
    /// <returns>True when a token was taken.</returns>
    public async Task<bool> TryAcquireAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (taken == capacity)
            {
                return false;
            }

            taken = taken + 1;
            return true;
        }
        finally
        {
            gate.Release();
        }
    }
}
