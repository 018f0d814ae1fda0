namespace Scenarios.P15_LeaseLock;

/// <summary>A lock shared by every pod of the reconciliation service, held in the lease store.</summary>
public interface IOrderLock
{
    /// <summary>Runs <paramref name="work"/> while holding the lock, or returns at once if another pod holds it.</summary>
    /// <param name="key">The lock's key.</param>
    /// <param name="owner">The pod asking.</param>
    /// <param name="work">The work that must not run on two pods at once; it should stop when its token fires.</param>
    /// <returns>True if the lock was taken and the work ran; false if another pod holds the lock.</returns>
    Task<bool> TryRunExclusiveAsync(string key, string owner, Func<CancellationToken, Task> work);
}
