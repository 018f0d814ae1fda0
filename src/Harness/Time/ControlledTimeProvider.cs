using System.Diagnostics;
using Harness.Scheduling;

namespace Harness.Time;

/// <summary>
/// The one <see cref="TimeProvider"/> instance user code receives. Inside a harness run it reads and arms the
/// virtual clock of the iteration running on this thread; anywhere else it is <see cref="TimeProvider.System"/>.
/// Being a single dynamic instance lets code cache it in fields and DI containers safely.
/// </summary>
internal sealed class ControlledTimeProvider : TimeProvider
{
    internal static readonly ControlledTimeProvider Instance = new();

    private static readonly long TimestampsPerTick = Stopwatch.Frequency / TimeSpan.TicksPerSecond;

    private ControlledTimeProvider()
    {
    }

    public override DateTimeOffset GetUtcNow() =>
        ControlledRuntime.Active is { } runtime ? runtime.Clock.UtcNow : System.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone =>
        ControlledRuntime.Current is null ? System.LocalTimeZone : TimeZoneInfo.Utc;

    // Keep the system's frequency so GetElapsedTime works for timestamps taken inside and outside a run.
    public override long TimestampFrequency => Stopwatch.Frequency;

    public override long GetTimestamp()
    {
        if (ControlledRuntime.Active is not { } runtime)
        {
            return Stopwatch.GetTimestamp();
        }

        return ToTimestamp(runtime.Clock.UptimeTicks);
    }

    /// <summary>TimeSpan ticks as Stopwatch timestamp units (<see cref="Stopwatch.Frequency"/> per second).</summary>
    internal static long ToTimestamp(long ticks) =>
        TimestampsPerTick > 0
            ? ticks * TimestampsPerTick
            : (long)(ticks * ((double)Stopwatch.Frequency / TimeSpan.TicksPerSecond));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return ControlledRuntime.Active is { } runtime
            ? runtime.CreateTimer(callback, state, dueTime, period)
            : System.CreateTimer(callback, state, dueTime, period);
    }
}
