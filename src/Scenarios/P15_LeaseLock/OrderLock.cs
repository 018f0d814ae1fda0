using Harness;

namespace Scenarios.P15_LeaseLock;

/// <summary>
/// The buggy lock, as the article's Go service had it: SETNX, then EXPIRE so a crashed pod cannot hold the lock
/// forever, then the work, then DEL. Nothing stops the work when the lease runs out, so another pod takes the
/// lock while the first still works; and DEL removes the lock whoever holds it by then.
/// </summary>
/// <param name="store">The shared lease store.</param>
public sealed class OrderLock(LeaseStore store) : IOrderLock
{
    private static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(30);

    /// <inheritdoc/>
    public async Task<bool> TryRunExclusiveAsync(string key, string owner, Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!await store.SetIfAbsentAsync(key, owner))
        {
            return false;
        }

        // EXPIRE is a second round trip: a pod that crashes between the two commands leaves a lock that never expires.
        await store.ExpireAsync(key, LeaseTime);
        try
        {
            await work(CancellationToken.None);
        }
        finally
        {
            await store.DeleteAsync(key);
        }

        return true;
    }
}
