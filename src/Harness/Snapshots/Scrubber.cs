using System.Text.RegularExpressions;

namespace Harness.Snapshots;

/// <summary>
/// Replaces values that differ between machines and runs (absolute paths, thread ids, addresses, hashes, GUIDs)
/// so a snapshot recorded on one machine matches the same schedule run on another. Deliberately conservative:
/// timestamps like <c>00:00:01.500</c>, step numbers, <c>index:flow</c> pairs and plain decimal numbers are
/// never touched, and scrubbing scrubbed text changes nothing. Control characters are escaped too
/// (<see cref="ControlCharacters"/>): text from user exceptions ends up in snapshot files and CI logs.
/// </summary>
internal static partial class Scrubber
{
    internal static string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = ControlCharacters.Escape(text);
        text = Guid().Replace(text, "<guid>");
        text = AbsolutePath().Replace(text, match => match.Groups["file"].Value);
        text = ThreadId().Replace(text, "thread <id>");
        text = HexAddress().Replace(text, "<hash>");
        return HexHash().Replace(text, "<hash>");
    }

    [GeneratedRegex(@"\b[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Guid();

    // A rooted path: "/dir/.../file", "C:\dir\...\file" (either slash) or "\\server\share\...\file". Directory
    // names may hold single spaces and parentheses ("Program Files (x86)") because a separator must follow them,
    // but no quotes or commas, so a path never runs into the next one in a list. The file name holds none of
    // these, so "Orders.cs:42" and "Orders.cs)" keep their tails. The look-behind leaves URLs, "~/x" and
    // relative "a/b" alone.
    [GeneratedRegex(
        @"(?<![\w.:/\\~-])(?:[A-Za-z]:[\\/](?:" + Directory + @"[\\/])*|\\\\(?:" + Directory + @"\\)+|/(?:" + Directory + @"/)+)(?<file>[^\\/\s:*?""<>|()',;]+)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AbsolutePath();

    private const string Directory = @"[^\\/\s:*?""<>|',;]+(?: [^\\/\s:*?""<>|',;]+)*";

    [GeneratedRegex(@"\b[Tt]hread(?: [Ii][Dd]:?)? #?\d+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThreadId();

    [GeneratedRegex(@"\b0[xX][0-9A-Fa-f]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex HexAddress();

    // Needs a digit and a letter: all-digit runs are step counts or numbers, all-letter runs are words ("deadbeef"
    // is a rare loss, "defaced" a common one).
    [GeneratedRegex(@"\b(?=[0-9A-Fa-f]*[0-9])(?=[0-9A-Fa-f]*[A-Fa-f])[0-9A-Fa-f]{8,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex HexHash();
}
