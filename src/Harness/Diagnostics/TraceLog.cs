using System.Globalization;
using System.Text;
using Harness.Scheduling;

namespace Harness.Diagnostics;

/// <summary>
/// The readable step-by-step story of one traced iteration. Lines carry no thread ids, hashes or absolute paths,
/// so the same schedule gives the same bytes on every machine. Steps are kept as data, with who woke whom, so the
/// lines and the sequence diagram are both drawn from them. Consecutive steps of one operation that ran entirely
/// inside one library (<see cref="LibraryCode"/>) print as one line, "Polly.Core: 23 steps (12-34)"; the full
/// trace is <see cref="FullLines"/>. Folding is presentation only: the schedule keeps every step.
/// </summary>
internal sealed class TraceLog
{
    private readonly List<TraceStep> steps = [];

    /// <summary>The steps as trace lines, library runs folded: "    3  00:00:00.500  writer                    resumes ...".</summary>
    internal IReadOnlyList<string> Lines => [.. Folded(steps).Select(Format)];

    /// <summary>Every step on its own line, library steps included (<c>"Trace": "full"</c>).</summary>
    internal IReadOnlyList<string> FullLines => [.. steps.Select(Format)];

    /// <summary>The lines a report shows: folded, or every step when <paramref name="full"/>.</summary>
    internal IReadOnlyList<string> LinesFor(bool full) => full ? FullLines : Lines;

    internal IReadOnlyList<TraceStep> Steps => steps;

    internal void Add(int step, TimeSpan time, WorkItem item, string what) =>
        steps.Add(new TraceStep(step, time, item.Operation.Name, what, item.Kind, item.WokenBy?.Name) { Library = LibraryOf(item) });

    /// <summary>
    /// Runs of two or more steps of one operation in one library, each as one step that says how many it stands for
    /// (a single library step keeps its own line: it says more than "1 step").
    /// </summary>
    internal static IEnumerable<TraceStep> Folded(IReadOnlyList<TraceStep> steps)
    {
        for (int i = 0; i < steps.Count;)
        {
            int end = i + 1;
            while (steps[i].Library is { } library && end < steps.Count && steps[end].Library == library && steps[end].Operation == steps[i].Operation)
            {
                end++;
            }

            yield return end - i < 2
                ? steps[i]
                : steps[i] with { What = string.Create(CultureInfo.InvariantCulture, $"{steps[i].Library}: {end - i} steps ({steps[i].Step}-{steps[end - 1].Step})"), FoldedSteps = end - i };
            i = end;
        }
    }

    private static string? LibraryOf(WorkItem item) => item.Kind switch
    {
        WorkKind.Resume => item.Parked!.Library,
        WorkKind.Continuation => LibraryCode.OfContinuation(item.State),
        WorkKind.PoolItem => LibraryCode.OfContinuation(ContinuationTargets.UnwrapPoolItem(item.State!)),
        _ => null,
    };

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
internal sealed record TraceStep(int Step, TimeSpan Time, string Operation, string What, WorkKind Kind, string? WokenBy)
{
    /// <summary>The library the step ran in with no user frame on the stack, or null (<see cref="LibraryCode"/>).</summary>
    internal string? Library { get; init; }

    /// <summary>How many steps a folded step stands for (1 for a step of its own).</summary>
    internal int FoldedSteps { get; init; } = 1;
}
