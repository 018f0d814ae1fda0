using System.Globalization;
using System.Text;

namespace Harness.Snapshots;

/// <summary>
/// Escapes control characters in text that came from a user's exception or a snapshot file before it is
/// written or printed: an exception message holding <c>ESC[2J</c> must not clear a CI log or the terminal that
/// shows a snapshot. Line feeds and tabs stay (they are layout); a CR of a CRLF pair becomes a plain line feed.
/// Escaping escaped text changes nothing, since the escape (<c>\u001B</c>) is plain text.
/// </summary>
internal static class ControlCharacters
{
    internal static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsEscape(text))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue;
            }

            if (IsUnsafe(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(string text)
    {
        foreach (char c in text)
        {
            if (IsUnsafe(c) || c == '\r')
            {
                return true;
            }
        }

        return false;
    }

    // C0 and C1 controls and DEL, except the two that only lay text out. C1 (U+0080-U+009F) includes CSI, which
    // some terminals honour like ESC [. Bidirectional overrides and isolates reorder what a reader sees.
    private static bool IsUnsafe(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t') || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
