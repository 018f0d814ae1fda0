using System.Runtime.CompilerServices;
using Harness;

namespace Scenarios.P21_WriteAfterComplete;

/// <summary>A bedside sensor that sends a reading every second until it is unplugged.</summary>
/// <param name="name">The sensor's name.</param>
/// <param name="values">The readings it will send, in order; then it is unplugged.</param>
public sealed class Sensor(string name, params int[] values)
{
    private static readonly TimeSpan SamplingInterval = TimeSpan.FromSeconds(1);

    /// <summary>The sensor's name.</summary>
    public string Name => name;

    /// <summary>How many readings the sensor sends.</summary>
    public int ReadingCount => values.Length;

    /// <summary>The readings as they arrive.</summary>
    /// <param name="cancellationToken">Stops waiting for the next reading.</param>
    /// <returns>The readings, one per sampling interval.</returns>
    public async IAsyncEnumerable<VitalSign> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (int value in values)
        {
            await Task.Delay(SamplingInterval, Controlled.Time, cancellationToken);
            yield return new VitalSign(name, value);
        }
    }
}
