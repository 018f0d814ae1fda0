using System.Globalization;
using System.Text;
using Harness.Scheduling;

namespace Harness.Diagnostics;

/// <summary>
/// The readable step-by-step story of one traced iteration. Lines carry no thread ids, hashes or absolute paths,
/// so the same schedule gives the same bytes on every machine. Steps are kept as data, with who woke whom, so the
/// lines and the sequence diagram are both drawn from them.
/// </summary>
internal sealed class TraceLog
{
    private readonly List<TraceStep> steps = [];

    /// <summary>The steps as trace lines: "    3  00:00:00.500  writer                    resumes ...".</summary>
    internal IReadOnlyList<string> Lines => [.. steps.Select(Format)];

    internal IReadOnlyList<TraceStep> Steps => steps;

    internal void Add(int step, TimeSpan time, WorkItem item, string what) =>
        steps.Add(new TraceStep(step, time, item.Operation.Name, what, item.Kind, item.WokenBy?.Name));

    private static string Format(TraceStep step) =>
        string.Create(CultureInfo.InvariantCulture, $"{step.Step,5}  {FormatTime(step.Time)}  {step.Operation,-24}  {step.What}");

    internal static string FormatTime(TimeSpan time) =>
        string.Create(CultureInfo.InvariantCulture, $"{(long)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}");

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (string line in Lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}

/// <summary>One traced step: what the trace line says, as data, and the operation whose step made it ready.</summary>
internal sealed record TraceStep(int Step, TimeSpan Time, string Operation, string What, WorkKind Kind, string? WokenBy);
