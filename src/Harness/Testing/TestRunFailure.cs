namespace Harness.Testing;

/// <summary>
/// A failed concurrency test run, as the shared run logic reports it. Each test-framework adapter turns it into
/// its public <c>ConcurrencyBugException</c>, so the engine stays free of any test framework.
/// </summary>
internal sealed class TestRunFailure : Exception
{
    internal TestRunFailure(string message)
        : base(message)
    {
    }

    /// <summary>The bug, when the failure is one (null for a settings or snapshot problem).</summary>
    internal BugReport? Bug { get; init; }
}
