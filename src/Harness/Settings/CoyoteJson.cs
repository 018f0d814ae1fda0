using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;

namespace Harness.Settings;

/// <summary>Finds the coyote.json that applies to a directory and reads it once per process.</summary>
internal static class CoyoteJson
{
    internal const string FileName = "coyote.json";

    // Lazy so concurrent test classes parse a file once, and a bad file fails every reader with the same error.
    private static readonly ConcurrentDictionary<string, Lazy<SettingLayer>> Cache = new(StringComparer.Ordinal);

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The first coyote.json from <paramref name="startDirectory"/> up to the root, or null if none.</summary>
    internal static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(startDirectory)); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The settings of the file at <paramref name="path"/>, parsed on first use.</summary>
    /// <exception cref="SettingsException">The file is unreadable, not JSON, or holds a bad setting.</exception>
    internal static SettingLayer Load(string path) =>
        Cache.GetOrAdd(Path.GetFullPath(path), full => new Lazy<SettingLayer>(() => Parse(full))).Value;

    private static SettingLayer Parse(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SettingsException(
                $"{path} could not be read ({e.Message})",
                "a readable file",
                null,
                $"make {path} readable, or delete it to use the defaults",
                e);
        }

        // The reader's message for this case names its own internals (isFinalBlock); say it plainly instead.
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SettingsException(
                $"{path} is empty",
                "one JSON object of settings, such as { \"Iterations\": 1000 }",
                null,
                $"write {{ }} into {path}, or delete it to use the defaults");
        }

        try
        {
            using var document = JsonDocument.Parse(text, Options);
            return CoyoteJsonSettings.Read(path, document.RootElement);
        }
        catch (JsonException e)
        {
            throw Malformed(path, e);
        }
    }

    private static SettingsException Malformed(string path, JsonException e)
    {
        // JsonException counts from zero; editors count lines and columns from one.
        long line = (e.LineNumber ?? 0) + 1;
        long position = (e.BytePositionInLine ?? 0) + 1;
        string reason = e.Message;
        int location = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        reason = (location >= 0 ? reason[..location] : reason).TrimEnd().TrimEnd('.');
        string at = string.Create(CultureInfo.InvariantCulture, $"line {line}, position {position}");
        return new SettingsException(
            $"{path} is not valid JSON at {at}: {reason}",
            "one JSON object of settings (comments and trailing commas are fine)",
            null,
            $"correct the JSON at {at} of {path}",
            e);
    }
}
