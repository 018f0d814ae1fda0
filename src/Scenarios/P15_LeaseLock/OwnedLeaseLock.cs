using Harness;

namespace Scenarios.P15_LeaseLock;

/// <summary>
/// The fixed lock: the key and its lease are set in one command, the work gets a token that fires a safety
/// margin before the lease runs out, and the release deletes the key only if this pod still holds it. A lease
/// is only a lock for as long as it lasts: the work must stop before it ends, and a late release must not take
/// away the next holder's lock.
/// </summary>
/// <param name="store">The shared lease store.</param>
public sealed class OwnedLeaseLock(LeaseStore store) : IOrderLock
{
    private static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SafetyMargin = TimeSpan.FromSeconds(5);

    /// <inheritdoc/>
    /// <exception cref="OperationCanceledException">The work did not finish within the lease and was stopped.</exception>
    public async Task<bool> TryRunExclusiveAsync(string key, string owner, Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (!await store.SetIfAbsentAsync(key, owner, LeaseTime))
        {
            return false;
        }

        using var lease = new CancellationTokenSource(LeaseTime - SafetyMargin, Controlled.Time);
        try
        {
            await work(lease.Token);
        }
        finally
        {
            await store.DeleteIfOwnerAsync(key, owner);
        }

        return true;
    }
}
