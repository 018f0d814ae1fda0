using System.Runtime.CompilerServices;

namespace Scenarios.Plain.Heartbeat;

/// <summary>A monitor that checks in every 30 seconds: plain <c>Task.Delay(30000)</c>.</summary>
public static class Heartbeat
{
    /// <summary>The check-in interval.</summary>
    public const int IntervalMilliseconds = 30_000;

    /// <summary>Waits one interval, then reports the beat.</summary>
    /// <param name="beats">Counts the beats.</param>
    /// <returns>The beat number.</returns>
    public static async Task<int> BeatAsync(StrongBox<int> beats)
    {
        ArgumentNullException.ThrowIfNull(beats);
        await Task.Delay(IntervalMilliseconds).ConfigureAwait(false);
        return ++beats.Value;
    }
}
