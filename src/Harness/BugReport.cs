using System.Globalization;

namespace Harness;

/// <summary>A bug found by the harness: what kind, which operations, where, and at which step.</summary>
public sealed class BugReport
{
    internal BugReport(BugKind kind, string summary, string details, IReadOnlyList<string> operations, int step, TimeSpan virtualTime, Exception? exception = null)
    {
        Kind = kind;
        Summary = summary;
        Details = details;
        Operations = operations;
        Step = step;
        VirtualTime = virtualTime;
        Exception = exception;
    }

    /// <summary>The verdict.</summary>
    public BugKind Kind { get; }

    /// <summary>One line: what happened.</summary>
    public string Summary { get; }

    /// <summary>Several lines: each involved operation with its chain of awaits (file:line), or the exception.</summary>
    public string Details { get; }

    /// <summary>Names of the operations involved (blocked, leaked, faulted or escaping).</summary>
    public IReadOnlyList<string> Operations { get; }

    /// <summary>The scheduling step at which the bug was detected.</summary>
    public int Step { get; }

    /// <summary>The virtual time at which the bug was detected.</summary>
    public TimeSpan VirtualTime { get; }

    /// <summary>The exception behind an <see cref="BugKind.UnhandledException"/> or <see cref="BugKind.AssertionFailure"/>.</summary>
    public Exception? Exception { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind}: {Summary}") + (Details.Length == 0 ? "" : "\n" + Details);
}
