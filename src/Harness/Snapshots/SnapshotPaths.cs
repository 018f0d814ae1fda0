using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Harness.Snapshots;

/// <summary>
/// Verify's naming: <c>{folder of the test source}/{TestClass}.{TestMethod}[_{data}].schedule.received.txt</c>
/// and its <c>.schedule.verified.txt</c> twin. Names are the same on every operating system, so a snapshot
/// committed on Windows is found on Linux.
/// </summary>
internal static class SnapshotPaths
{
    internal const string ReceivedSuffix = ".schedule.received.txt";
    internal const string VerifiedSuffix = ".schedule.verified.txt";
    internal const string DiagramSuffix = ".schedule.received.md";

    /// <summary>The environment variable that points a test run at one snapshot file to replay.</summary>
    internal const string ReplayVariable = "HARNESS_REPLAY";

    /// <summary>Longest data suffix kept whole; longer ones are cut and end in a hash of the full text.</summary>
    internal const int MaxDataLength = 40;

    private const int HashLength = 8;

    // Invalid on Windows (the strictest file system a checkout may land on), whatever this machine accepts.
    private const string InvalidChars = "<>:\"/\\|?*";

    internal static string Received(string folder, string className, string methodName, string? data = null) =>
        Path.Combine(folder, BaseName(className, methodName, data) + ReceivedSuffix);

    internal static string Verified(string folder, string className, string methodName, string? data = null) =>
        Path.Combine(folder, BaseName(className, methodName, data) + VerifiedSuffix);

    internal static string VerifiedFor(string receivedPath) => Twin(receivedPath, ReceivedSuffix, VerifiedSuffix);

    internal static string ReceivedFor(string verifiedPath) => Twin(verifiedPath, VerifiedSuffix, ReceivedSuffix);

    /// <summary>The Markdown file beside a received snapshot that shows its schedule as a sequence diagram.</summary>
    internal static string DiagramFor(string receivedPath) => Twin(receivedPath, ReceivedSuffix, DiagramSuffix);

    /// <summary>A theory's arguments as a data-row string: <c>(3, "pct")</c> gives <c>3_pct</c>.</summary>
    internal static string DataRow(IEnumerable<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        return string.Join('_', arguments.Select(argument => Format(argument, depth: 0)));
    }

    /// <summary>"" without data, else "_" and the file-name-safe form of <paramref name="data"/>.</summary>
    internal static string DataSuffix(string? data)
    {
        if (string.IsNullOrEmpty(data))
        {
            return "";
        }

        string safe = Sanitize(data);
        if (safe.Length > MaxDataLength)
        {
            int keep = MaxDataLength - HashLength - 1;
            if (char.IsHighSurrogate(safe[keep - 1]))
            {
                keep--;
            }

            safe = string.Concat(safe.AsSpan(0, keep), "-", Hash(data));
        }

        return "_" + safe;
    }

    private static string BaseName(string className, string methodName, string? data)
    {
        ArgumentException.ThrowIfNullOrEmpty(className);
        ArgumentException.ThrowIfNullOrEmpty(methodName);
        return $"{Sanitize(className)}.{Sanitize(methodName)}{DataSuffix(data)}";
    }

    private static string Twin(string path, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!path.EndsWith(from, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{path}' is not a schedule snapshot path ending in '{from}'.", nameof(path));
        }

        return string.Concat(path.AsSpan(0, path.Length - from.Length), to);
    }

    private static string Sanitize(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            safe.Append(char.IsControl(c) || char.IsWhiteSpace(c) || InvalidChars.Contains(c, StringComparison.Ordinal) ? '-' : c);
        }

        return safe.ToString();
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..HashLength];

    private static string Format(object? value, int depth) => value switch
    {
        null => "null",
        string s => s.Length == 0 ? "empty" : s,
        bool b => b ? "true" : "false",
        Type t => t.Name,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items when depth < 2 => string.Join(',', items.Cast<object?>().Select(item => Format(item, depth + 1))),
        _ => value.ToString() ?? "",
    };
}
