namespace Harness.Xunit;

/// <summary>
/// The failure of a concurrency test: the message carries the verdict, the trace, the schedule snapshot's path
/// and the commands to replay and accept it. The stack trace is left out on purpose: it would only show the
/// harness; the message names the test's own lines.
/// </summary>
public sealed class ConcurrencyBugException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ConcurrencyBugException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The whole failure report.</param>
    public ConcurrencyBugException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The whole failure report.</param>
    /// <param name="innerException">The exception behind the bug, if any.</param>
    public ConcurrencyBugException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The bug, when the failure is one (null for a settings or snapshot problem).</summary>
    public BugReport? Bug { get; init; }

    /// <inheritdoc/>
    public override string? StackTrace => null;
}
