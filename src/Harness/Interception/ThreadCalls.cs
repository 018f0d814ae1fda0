using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="Thread"/>. Inside a harness run Sleep waits on the virtual clock (an hour costs
/// one step) and Yield is a scheduling point; outside a run each is exactly the <see cref="Thread"/> method.
/// </summary>
public static partial class ThreadCalls
{
    /// <summary>Stands in for <see cref="Thread.Sleep(int)"/>.</summary>
    /// <param name="millisecondsTimeout">How long to sleep.</param>
    /// <param name="site">The call site.</param>
    public static void Sleep(int millisecondsTimeout, string site)
    {
        if (SyncPoints.Active() is null)
        {
            Thread.Sleep(millisecondsTimeout);
            return;
        }

        Sleep(TimeSpan.FromMilliseconds(millisecondsTimeout), site);
    }

    /// <summary>Stands in for <see cref="Thread.Sleep(TimeSpan)"/>.</summary>
    /// <param name="timeout">How long to sleep.</param>
    /// <param name="site">The call site.</param>
    public static void Sleep(TimeSpan timeout, string site)
    {
        if (SyncPoints.Active() is not { } runtime)
        {
            Thread.Sleep(timeout);
            return;
        }

        if (timeout <= TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(timeout, TimeSpan.Zero);
            SyncPoints.Interleave("sleeps", site);
            return;
        }

        runtime.BlockUntil(static () => false, static () => "the end of a Thread.Sleep", "wakes from Thread.Sleep", site, timeout, CancellationToken.None);
    }

    /// <summary>Stands in for <see cref="Thread.SpinWait(int)"/>: inside a run one scheduling point, no real spinning.</summary>
    /// <param name="iterations">How long to spin, in .NET.</param>
    /// <param name="site">The call site.</param>
    public static void SpinWait(int iterations, string site)
    {
        if (SyncPoints.Active() is null)
        {
            Thread.SpinWait(iterations);
            return;
        }

        SyncPoints.Interleave("spins", site);
    }

    /// <summary>Stands in for <see cref="Thread.Yield"/>.</summary>
    /// <param name="site">The call site.</param>
    /// <returns>True inside a run (another operation may run); else what <see cref="Thread.Yield"/> returns.</returns>
    public static bool Yield(string site)
    {
        if (SyncPoints.Active() is null)
        {
            return Thread.Yield();
        }

        SyncPoints.Interleave("yields", site);
        return true;
    }
}
