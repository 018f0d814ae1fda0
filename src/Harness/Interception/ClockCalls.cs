using Harness.Scheduling;
using Harness.Time;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for the BCL's clock reads: <see cref="Environment.TickCount"/>, <see cref="DateTime.UtcNow"/>,
/// <see cref="DateTimeOffset.UtcNow"/> and their local forms. Inside a harness run they read the iteration's virtual
/// clock: UTC starts at 2000-01-01T00:00:00Z, the tick counts at one virtual day of uptime; local times are that
/// instant in the machine's time zone, as <see cref="DateTime.Now"/> is in .NET, so
/// <c>DateTime.Now.ToUniversalTime()</c> is the virtual UtcNow. Outside a run each returns the real value.
/// </summary>
public static class ClockCalls
{
    /// <summary>Stands in for <see cref="Environment.TickCount"/>.</summary>
    /// <param name="site">The call site.</param>
    /// <returns>Milliseconds of (virtual) uptime, wrapping as .NET's does.</returns>
    public static int TickCount(string site) =>
        ControlledRuntime.Active is { } runtime ? unchecked((int)UptimeMilliseconds(runtime)) : Environment.TickCount;

    /// <summary>Stands in for <see cref="Environment.TickCount64"/>.</summary>
    /// <param name="site">The call site.</param>
    /// <returns>Milliseconds of (virtual) uptime.</returns>
    public static long TickCount64(string site) =>
        ControlledRuntime.Active is { } runtime ? UptimeMilliseconds(runtime) : Environment.TickCount64;

    /// <summary>Stands in for <see cref="DateTime.UtcNow"/>.</summary>
    /// <param name="site">The call site.</param>
    /// <returns>The (virtual) current UTC time.</returns>
    public static DateTime DateTimeUtcNow(string site) =>
        ControlledRuntime.Active is { } runtime ? runtime.Clock.UtcNow.UtcDateTime : DateTime.UtcNow;

    /// <summary>Stands in for <see cref="DateTime.Now"/>.</summary>
    /// <param name="site">The call site.</param>
    /// <returns>The (virtual) current time in the machine's time zone.</returns>
    public static DateTime DateTimeNow(string site) =>
        ControlledRuntime.Active is { } runtime ? runtime.Clock.UtcNow.UtcDateTime.ToLocalTime() : DateTime.Now;

    /// <summary>Stands in for <see cref="DateTimeOffset.UtcNow"/>.</summary>
    /// <param name="site">The call site.</param>
    /// <returns>The (virtual) current UTC time.</returns>
    public static DateTimeOffset DateTimeOffsetUtcNow(string site) =>
        ControlledRuntime.Active is { } runtime ? runtime.Clock.UtcNow : DateTimeOffset.UtcNow;

    /// <summary>Stands in for <see cref="DateTimeOffset.Now"/>.</summary>
    /// <param name="site">The call site.</param>
    /// <returns>The (virtual) current time with the machine's UTC offset.</returns>
    public static DateTimeOffset DateTimeOffsetNow(string site) =>
        ControlledRuntime.Active is { } runtime ? runtime.Clock.UtcNow.ToLocalTime() : DateTimeOffset.Now;

    private static long UptimeMilliseconds(ControlledRuntime runtime) => runtime.Clock.UptimeTicks / TimeSpan.TicksPerMillisecond;
}
