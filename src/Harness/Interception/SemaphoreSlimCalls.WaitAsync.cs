namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="SemaphoreSlim"/>. The timed <c>WaitAsync</c> forms are here: inside a harness
/// run the timeout runs on the virtual clock. (The blocking <c>Wait</c> forms belong to the hybrid mode.)
/// </summary>
public static partial class SemaphoreSlimCalls
{
    /// <summary>Stands in for <see cref="SemaphoreSlim.WaitAsync(int)"/>.</summary>
    /// <param name="semaphore">The semaphore.</param>
    /// <param name="millisecondsTimeout">How long to wait; -1 waits forever.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the semaphore was entered, false on timeout.</returns>
    public static Task<bool> WaitAsync(SemaphoreSlim semaphore, int millisecondsTimeout, string site) =>
        WaitAsync(semaphore, millisecondsTimeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="SemaphoreSlim.WaitAsync(int, CancellationToken)"/>.</summary>
    /// <param name="semaphore">The semaphore.</param>
    /// <param name="millisecondsTimeout">How long to wait; -1 waits forever.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the semaphore was entered, false on timeout.</returns>
    public static Task<bool> WaitAsync(SemaphoreSlim semaphore, int millisecondsTimeout, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(semaphore);
        _ = site;
        if (!Controlled.IsActive || millisecondsTimeout is 0 or Timeout.Infinite)
        {
            return semaphore.WaitAsync(millisecondsTimeout, cancellationToken);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, -1);
        return WaitVirtualAsync(semaphore, TaskCalls.Milliseconds(millisecondsTimeout), cancellationToken);
    }

    /// <summary>Stands in for <see cref="SemaphoreSlim.WaitAsync(TimeSpan)"/>.</summary>
    /// <param name="semaphore">The semaphore.</param>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the semaphore was entered, false on timeout.</returns>
    public static Task<bool> WaitAsync(SemaphoreSlim semaphore, TimeSpan timeout, string site) =>
        WaitAsync(semaphore, timeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="SemaphoreSlim.WaitAsync(TimeSpan, CancellationToken)"/>.</summary>
    /// <param name="semaphore">The semaphore.</param>
    /// <param name="timeout">How long to wait; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the semaphore was entered, false on timeout.</returns>
    public static Task<bool> WaitAsync(SemaphoreSlim semaphore, TimeSpan timeout, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(semaphore);
        _ = site;
        return !Controlled.IsActive || timeout == TimeSpan.Zero || timeout == Timeout.InfiniteTimeSpan
            ? semaphore.WaitAsync(timeout, cancellationToken)
            : WaitVirtualAsync(semaphore, timeout, cancellationToken);
    }

    // A cancelled WaitAsync leaves the count untouched, so a virtual-clock cancellation is an exact timeout.
    private static async Task<bool> WaitVirtualAsync(SemaphoreSlim semaphore, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = new CancellationTokenSource(timeout, Controlled.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            await semaphore.WaitAsync(linked.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && deadline.IsCancellationRequested)
        {
            return false;
        }
    }
}
