using ElapsedTimer = System.Timers.Timer;

namespace Scenarios.Plain.Polling;

/// <summary>
/// Reads a meter on a <see cref="ElapsedTimer"/> and adds each reading to a running total; a reading takes 80 ms.
/// With AutoReset on a 50 ms interval two readings run at once and one total overwrites the other; restarting a
/// timer without AutoReset when each reading ends keeps them apart.
/// </summary>
public sealed class MeterReader : IDisposable
{
    private readonly ElapsedTimer timer = new(50);
    private int total;
    private int taken;
    private readonly TaskCompletionSource done = new();
    private readonly int wanted;
    private readonly bool restart;

    /// <summary>Starts reading.</summary>
    /// <param name="wanted">Readings before <see cref="Done"/> completes.</param>
    /// <param name="restart">True: AutoReset off, restarted after each reading (the fix); false: AutoReset (the bug).</param>
    public MeterReader(int wanted, bool restart)
    {
        this.wanted = wanted;
        this.restart = restart;
        timer.AutoReset = !restart;
        timer.Elapsed += Read;
        timer.Start();
    }

    /// <summary>Completes once the wanted readings were taken.</summary>
    public Task Done => done.Task;

    /// <summary>The sum of the readings (each meter reading is 1).</summary>
    public int Total => total;

    /// <inheritdoc/>
    public void Dispose() => timer.Dispose();

    private void Read(object? sender, System.Timers.ElapsedEventArgs e)
    {
        int sum = total;
        Thread.Sleep(80);
        total = sum + 1;
        if (++taken >= wanted)
        {
            timer.Stop();
            done.TrySetResult();
        }
        else if (restart)
        {
            timer.Start();
        }
    }
}
