using Harness.Hybrid;
using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for the synchronous <see cref="SemaphoreSlim.Wait()"/> overloads. Inside a harness run a wait is
/// a scheduling point, and with no count left it parks the operation until a release (timeouts on the virtual
/// clock); outside a run each is exactly the BCL method. Release needs no target: the waiter sees the count.
/// </summary>
public static partial class SemaphoreSlimCalls
{
    /// <summary>Stands in for <see cref="SemaphoreSlim.Wait()"/>.</summary>
    /// <param name="semaphore">The semaphore.</param>
    /// <param name="site">The call site.</param>
    public static void Wait(SemaphoreSlim semaphore, string site) => Wait(semaphore, Timeout.Infinite, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="SemaphoreSlim.Wait(int)"/>.</summary>
    /// <param name="semaphore">The semaphore.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the semaphore was entered.</returns>
    public static bool Wait(SemaphoreSlim semaphore, int millisecondsTimeout, string site) => Wait(semaphore, millisecondsTimeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="SemaphoreSlim.Wait(TimeSpan)"/>.</summary>
    /// <param name="semaphore">The semaphore.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the semaphore was entered.</returns>
    public static bool Wait(SemaphoreSlim semaphore, TimeSpan timeout, string site) => Wait(semaphore, (int)timeout.TotalMilliseconds, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="SemaphoreSlim.Wait(TimeSpan, CancellationToken)"/>.</summary>
    /// <param name="semaphore">The semaphore.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the semaphore was entered.</returns>
    public static bool Wait(SemaphoreSlim semaphore, TimeSpan timeout, CancellationToken cancellationToken, string site) => Wait(semaphore, (int)timeout.TotalMilliseconds, cancellationToken, site);

    /// <summary>Stands in for <see cref="SemaphoreSlim.Wait(CancellationToken)"/>.</summary>
    /// <param name="semaphore">The semaphore.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    public static void Wait(SemaphoreSlim semaphore, CancellationToken cancellationToken, string site) => Wait(semaphore, Timeout.Infinite, cancellationToken, site);

    /// <summary>Stands in for <see cref="SemaphoreSlim.Wait(int, CancellationToken)"/>.</summary>
    /// <param name="semaphore">The semaphore.</param>
    /// <param name="millisecondsTimeout">The timeout, or -1.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the semaphore was entered.</returns>
    public static bool Wait(SemaphoreSlim semaphore, int millisecondsTimeout, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(semaphore);
        if (SyncPoints.Active() is not { } runtime)
        {
            return semaphore.Wait(millisecondsTimeout, cancellationToken);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, Timeout.Infinite);
        SyncPoints.Interleave("enters SemaphoreSlim.Wait", site);
        var timeout = TimeSpan.FromMilliseconds(millisecondsTimeout);
        long deadline = millisecondsTimeout == Timeout.Infinite ? long.MaxValue : runtime.Clock.NowTicks + timeout.Ticks;
        while (!semaphore.Wait(0, cancellationToken))
        {
            var left = deadline == long.MaxValue ? Timeout.InfiniteTimeSpan : TimeSpan.FromTicks(Math.Max(0, deadline - runtime.Clock.NowTicks));
            if (!runtime.BlockUntil(() => semaphore.CurrentCount > 0, () => "a SemaphoreSlim with no count left", "returns from SemaphoreSlim.Wait", site, left, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }
}
