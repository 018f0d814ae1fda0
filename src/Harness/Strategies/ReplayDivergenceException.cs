namespace Harness.Strategies;

/// <summary>Thrown by a replay when the program no longer offers the recorded choice.</summary>
/// <param name="step">The step the program left the recording at.</param>
/// <param name="reason">What the program offered instead.</param>
/// <param name="choiceUnavailable">
/// True when the recorded choice itself was not on offer (its position or flow is not in the ready list), as
/// opposed to a program that ended early or went on after the recording ended. Only such a choice can be a
/// hand edit; whether it is one depends on whether the run still matched the recorded trace up to there.
/// </param>
internal sealed class ReplayDivergenceException(int step, string reason, bool choiceUnavailable = false)
    : Exception($"Replay diverged at step {step}: {reason}")
{
    internal int Step => step;

    internal string Reason => reason;

    internal bool ChoiceUnavailable => choiceUnavailable;
}
