using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Harness.Tests.Programs;

/// <summary>
/// Lets a test program mark the line of an await (<c>await SourceLine.Mark(gate.WaitAsync(), "gate")</c>), so
/// tests compare reported file:line against the real line instead of hard-coding numbers.
/// </summary>
internal static class SourceLine
{
    private static readonly ConcurrentDictionary<string, string> Places = new();

    /// <summary>Returns <paramref name="value"/> unchanged and remembers where the call stands.</summary>
    internal static T Mark<T>(T value, string key, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Places[key] = $"{Path.GetFileName(file)}:{line}";
        return value;
    }

    /// <summary>"File.cs:line" of the marked call; the program must have run up to it.</summary>
    internal static string Of(string key) =>
        Places.TryGetValue(key, out string? place) ? place : throw new InvalidOperationException($"No line marked '{key}' yet.");
}
