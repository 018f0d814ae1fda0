using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Harness.Diagnostics;

namespace Harness.Tests.Diagnostics;

/// <summary>
/// Records the source line of each await it wraps (<c>await AwaitLines.At(task)</c>), so tests can assert the
/// exact line the diagnostics find without hard-coding line numbers. The wrapped expression runs before the
/// method suspends, so the line is known by the time a test describes the suspended chain.
/// </summary>
internal static class AwaitLines
{
    private static readonly ConcurrentDictionary<string, SourceLocation> Lines = new();

    public static T At<T>(T awaitable, string? key = null, [CallerMemberName] string member = "", [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Lines[key ?? member] = new SourceLocation(file, line);
        return awaitable;
    }

    public static string Of(string key) =>
        Lines.TryGetValue(key, out var location) ? location.ToString() : $"<no await recorded for {key}>";

    /// <summary>One frame as text, so a failed comparison shows everything that differs in one line.</summary>
    public static string Show(AwaitFrame frame) => string.Create(
        CultureInfo.InvariantCulture,
        $"{frame.Depth} {frame.Method} #{frame.AwaitIndex} {frame.Location?.ToString() ?? "-"} | {frame.Awaiting}");

    public static string Frame(int depth, string method, int awaitIndex, string key, string awaiting) =>
        string.Create(CultureInfo.InvariantCulture, $"{depth} {method} #{awaitIndex} {Of(key)} | {awaiting}");

    public static string[] Show(IEnumerable<AwaitFrame> frames) => [.. frames.Select(Show)];
}
