namespace Harness.Testing;

/// <summary>
/// Where a concurrency test reads its environment variables and keeps its snapshots. The process environment
/// and the test's source folder, except inside the harness's own tests, which run sample tests in-process and
/// must not touch either (they run in parallel): those set an override that flows with the async context.
/// </summary>
internal static class HarnessEnvironment
{
    private static readonly AsyncLocal<Override?> Current = new();

    internal static Func<string, string?> Variables => Current.Value?.Variables ?? Environment.GetEnvironmentVariable;

    /// <summary>The folder for schedule snapshots; null means beside the test's source file.</summary>
    internal static string? SnapshotFolder => Current.Value?.SnapshotFolder;

    /// <summary>Installs an override for the calling async flow (and what it starts) until disposed.</summary>
    internal static IDisposable Use(Func<string, string?> variables, string? snapshotFolder)
    {
        var previous = Current.Value;
        Current.Value = new Override(variables, snapshotFolder);
        return new Restore(previous);
    }

    private sealed record Override(Func<string, string?> Variables, string? SnapshotFolder);

    private sealed class Restore(Override? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
