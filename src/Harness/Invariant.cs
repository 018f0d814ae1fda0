using System.Runtime.CompilerServices;
using Harness.Scheduling;

namespace Harness;

/// <summary>
/// Assertions about shared state that must hold in every interleaving (a lost update breaks one). A failure
/// inside a harness run is reported as <see cref="BugKind.AssertionFailure"/> at the step where it happened, with
/// the schedule that broke it, even if the operation's exception is caught or never observed; outside a run it
/// throws like any assertion.
/// </summary>
public static class Invariant
{
    /// <summary>Fails the current iteration when <paramref name="condition"/> is false.</summary>
    /// <param name="condition">What must hold.</param>
    /// <param name="message">What it means when it does not, e.g. "every enrollment is counted".</param>
    /// <param name="file">Filled in by the compiler: reports name the assertion's line exactly, in any build.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <exception cref="InvariantViolationException">When <paramref name="condition"/> is false.</exception>
    public static void Assert(bool condition, string message, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        if (!condition)
        {
            var runtime = ControlledRuntime.Current;
            var violation = new InvariantViolationException(message, runtime?.RunningOperation?.Name);
            runtime?.OnInvariantViolated(violation, OperationNames.Site(file, line));
            throw violation;
        }
    }
}
