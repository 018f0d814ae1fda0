namespace Harness.Strategies;

/// <summary>Thrown by a replay when the program no longer offers the recorded choice.</summary>
internal sealed class ReplayDivergenceException(int step, string reason)
    : Exception($"Replay diverged at step {step}: {reason}")
{
    internal int Step => step;

    internal string Reason => reason;
}
