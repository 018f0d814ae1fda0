using System.Runtime.CompilerServices;
using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="SpinWait"/>. Inside a harness run every spin is a scheduling point (the operation a
/// spinner waits for gets to run) and never touches the real processor or clock; SpinUntil's timeout runs on the
/// virtual clock. A spin nothing ever ends is a livelock (<see cref="BugKind.StepBoundReached"/>), as it is in .NET.
/// Outside a run each is exactly the BCL member.
/// </summary>
public static class SpinWaitCalls
{
    // SpinWait's own constant: the count from which NextSpinWillYield is true, where its counter wraps to.
    private const int YieldThreshold = 10;

    /// <summary>Stands in for <see cref="SpinWait.SpinOnce()"/>.</summary>
    /// <param name="spinner">The spinner.</param>
    /// <param name="site">The call site.</param>
    public static void SpinOnce(ref SpinWait spinner, string site)
    {
        if (SyncPoints.Active() is null)
        {
            spinner.SpinOnce();
            return;
        }

        Spin(ref spinner, site);
    }

    /// <summary>Stands in for <see cref="SpinWait.SpinOnce(int)"/>.</summary>
    /// <param name="spinner">The spinner.</param>
    /// <param name="sleep1Threshold">As in .NET: -1 or at least 0.</param>
    /// <param name="site">The call site.</param>
    public static void SpinOnce(ref SpinWait spinner, int sleep1Threshold, string site)
    {
        if (SyncPoints.Active() is null)
        {
            spinner.SpinOnce(sleep1Threshold);
            return;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(sleep1Threshold, -1);
        Spin(ref spinner, site);
    }

    /// <summary>Stands in for <see cref="SpinWait.SpinUntil(Func{bool})"/>.</summary>
    /// <param name="condition">What to wait for.</param>
    /// <param name="site">The call site.</param>
    public static void SpinUntil(Func<bool> condition, string site) => SpinUntil(condition, Timeout.Infinite, site);

    /// <summary>Stands in for <see cref="SpinWait.SpinUntil(Func{bool}, TimeSpan)"/>.</summary>
    /// <param name="condition">What to wait for.</param>
    /// <param name="timeout">The timeout, or <see cref="Timeout.InfiniteTimeSpan"/>.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the condition held in time.</returns>
    public static bool SpinUntil(Func<bool> condition, TimeSpan timeout, string site) =>
        SyncPoints.Active() is null ? SpinWait.SpinUntil(condition, timeout) : SpinUntil(condition, Timeouts.Milliseconds(timeout), site);

    /// <summary>Stands in for <see cref="SpinWait.SpinUntil(Func{bool}, int)"/>.</summary>
    /// <param name="condition">What to wait for.</param>
    /// <param name="millisecondsTimeout">The timeout, -1 for none, 0 to test the condition once.</param>
    /// <param name="site">The call site.</param>
    /// <returns>True when the condition held in time.</returns>
    public static bool SpinUntil(Func<bool> condition, int millisecondsTimeout, string site)
    {
        if (SyncPoints.Active() is not { } runtime)
        {
            return SpinWait.SpinUntil(condition, millisecondsTimeout);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsTimeout, Timeout.Infinite);
        ArgumentNullException.ThrowIfNull(condition);
        bool bounded = millisecondsTimeout != Timeout.Infinite;
        long deadline = runtime.Clock.NowTicks + TimeSpan.FromMilliseconds(Math.Max(millisecondsTimeout, 0)).Ticks;
        using var timer = bounded && millisecondsTimeout > 0 ? runtime.CreateTimer(static _ => { }, null, TimeSpan.FromMilliseconds(millisecondsTimeout), Timeout.InfiniteTimeSpan) : null;
        while (!condition())
        {
            if (bounded && runtime.Clock.NowTicks >= deadline)
            {
                return false;
            }

            if (bounded)
            {
                runtime.SpinUntilDeadline("spins in SpinWait.SpinUntil", site, deadline);
            }
            else
            {
                SyncPoints.Interleave("spins in SpinWait.SpinUntil", site);
            }
        }

        return true;
    }

    private static void Spin(ref SpinWait spinner, string site)
    {
        ref int count = ref CountOf(ref spinner);
        count = count == int.MaxValue ? YieldThreshold : count + 1;
        SyncPoints.Interleave("spins", site);
    }

    // The field name is pinned by a test (SpinTests.Spin_once_counts_its_spins_as_dotnet_does) against the running .NET version.
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_count")]
    private static extern ref int CountOf(ref SpinWait spinner);
}
