namespace Harness.Coyote;

/// <summary>
/// Coyote's bug report text turned into the harness's verdict kinds. Coyote reports strings, not objects; their
/// openings are stable in Coyote 1.7 ("Deadlock detected.", "Unhandled exception. ", "Scheduling steps bound of").
/// A report whose kind cannot be told is an <see cref="BugKind.UnhandledException"/> only when Coyote says an
/// exception escaped, otherwise an <see cref="BugKind.AssertionFailure"/>: Coyote's own Specification.Assert.
/// </summary>
/// <param name="Kind">The verdict.</param>
/// <param name="Summary">One line: the failed assertion's message, the exception's type and message.</param>
/// <param name="Details">Coyote's further lines (a stack trace, the blocked operations), or empty.</param>
internal sealed record CoyoteVerdict(BugKind Kind, string Summary, string Details)
{
    private const string UnhandledPrefix = "Unhandled exception. ";

    /// <summary>The verdict of one Coyote bug report.</summary>
    internal static CoyoteVerdict From(string report)
    {
        string text = report.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (text.StartsWith("Deadlock detected.", StringComparison.Ordinal))
        {
            return Split(BugKind.Deadlock, text);
        }

        if (text.StartsWith("Scheduling steps bound of", StringComparison.Ordinal))
        {
            return Split(BugKind.StepBoundReached, text);
        }

        if (text.Contains("is not intercepted and controlled", StringComparison.Ordinal))
        {
            return Split(BugKind.UncontrolledConcurrency, text);
        }

        return text.StartsWith(UnhandledPrefix, StringComparison.Ordinal)
            ? FromException(text[UnhandledPrefix.Length..])
            : Split(BugKind.AssertionFailure, text);
    }

    // Exception.ToString(): "Type: message" (the message may span lines), then "   at ..." frames.
    private static CoyoteVerdict FromException(string text)
    {
        string[] lines = text.Split('\n');
        int frames = Array.FindIndex(lines, line => line.StartsWith("   at ", StringComparison.Ordinal) || line.StartsWith(" ---> ", StringComparison.Ordinal));
        string head = string.Join('\n', frames < 0 ? lines : lines[..frames]);
        string details = frames < 0 ? "" : string.Join('\n', lines[frames..]);
        int colon = head.IndexOf(": ", StringComparison.Ordinal);
        string type = colon < 0 ? head : head[..colon];
        string message = colon < 0 ? "" : head[(colon + 2)..];
        return IsAssertion(type)
            ? new CoyoteVerdict(BugKind.AssertionFailure, message, details)
            : new CoyoteVerdict(BugKind.UnhandledException, head, details);
    }

    // As the harness judges exceptions: its own Invariant.Assert, and any exception type that implements xUnit's
    // IAssertionException. Coyote gives only the type's name, so the type is looked up among the loaded assemblies.
    private static bool IsAssertion(string type) =>
        type == typeof(InvariantViolationException).FullName
        || AppDomain.CurrentDomain.GetAssemblies()
            .Select(assembly => assembly.GetType(type, throwOnError: false))
            .Any(found => found is not null && found.GetInterfaces().Any(i => i.FullName == "Xunit.Sdk.IAssertionException"));

    private static CoyoteVerdict Split(BugKind kind, string text)
    {
        int newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? new(kind, text, "") : new(kind, text[..newline], text[(newline + 1)..]);
    }
}
