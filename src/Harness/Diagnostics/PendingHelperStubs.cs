using System.Diagnostics;

namespace Harness.Diagnostics;

// Temporary stand-ins, replaced by the await-chain and escape-listener branches when they merge.
internal sealed record AwaitFrame(int Depth, string Method, int AwaitIndex, SourceLocation? Location, string Awaiting);

internal static class AwaitChains
{
    internal static IReadOnlyList<AwaitFrame> Describe(Task root) => [new AwaitFrame(0, root.GetType().Name, -1, null, "unknown")];

    internal static string Format(IReadOnlyList<AwaitFrame> frames) => string.Join("\n", frames.Select(f => f.Method));

    internal static bool IsWaitingOnRealTimer(IReadOnlyList<AwaitFrame> frames) => false;
}

internal static class AsyncStateMachines
{
    internal static bool TryDescribeResumption(object? continuationTarget, out string method, out int awaitIndex, out SourceLocation? location)
    {
        method = continuationTarget?.GetType().Name ?? "?";
        awaitIndex = -1;
        location = null;
        return false;
    }
}

internal static class EscapeListener
{
    internal static void EnsureStarted()
    {
    }
}

internal static class EscapeSite
{
    internal static SourceLocation? FirstUserFrame(StackTrace trace) => null;
}
