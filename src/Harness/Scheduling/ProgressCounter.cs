namespace Harness.Scheduling;

/// <summary>
/// Counts steps across iterations for the watchdog, which reads it from another thread: a counter that stops
/// moving means controlled code is blocking the scheduler thread.
/// </summary>
internal sealed class ProgressCounter
{
    private long value;

    internal long Value => Volatile.Read(ref value);

    internal void Advance() => Volatile.Write(ref value, value + 1);
}
