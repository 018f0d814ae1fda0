using System.Globalization;
using System.Text;
using Harness.Scheduling;

namespace Harness.Diagnostics;

/// <summary>
/// The readable step-by-step story of one traced iteration. Lines carry no thread ids, hashes or absolute paths,
/// so the same schedule gives the same bytes on every machine. The same steps are kept as data too, with who woke
/// whom, for the sequence diagram.
/// </summary>
internal sealed class TraceLog
{
    private readonly List<string> lines = [];
    private readonly List<TraceStep> steps = [];

    internal IReadOnlyList<string> Lines => lines;

    internal IReadOnlyList<TraceStep> Steps => steps;

    internal void Add(int step, TimeSpan time, WorkItem item, string what)
    {
        string operation = item.Operation.Name;
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"{step,5}  {FormatTime(time)}  {operation,-24}  {what}"));
        steps.Add(new TraceStep(step, time, operation, what, item.Kind, item.WokenBy?.Name));
    }

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

/// <summary>One traced step: what the trace line says, as data, and the operation whose step made it ready.</summary>
internal sealed record TraceStep(int Step, TimeSpan Time, string Operation, string What, WorkKind Kind, string? WokenBy);
