using System.Globalization;
using System.Text;

namespace Harness.Diagnostics;

/// <summary>
/// The readable step-by-step story of one traced iteration. Lines carry no thread ids, hashes or absolute paths,
/// so the same schedule gives the same bytes on every machine.
/// </summary>
internal sealed class TraceLog
{
    private readonly List<string> lines = [];

    internal IReadOnlyList<string> Lines => lines;

    internal void Add(int step, TimeSpan time, string operation, string what) =>
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"{step,5}  {FormatTime(time)}  {operation,-24}  {what}"));

    internal static string FormatTime(TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{(long)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}");

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (string line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
