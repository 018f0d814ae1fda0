using System.Globalization;
using System.Text;
using Harness.Scheduling;

namespace Harness.Diagnostics;

/// <summary>
/// Draws a traced schedule as a Mermaid <c>sequenceDiagram</c>: one lane per operation in order of appearance,
/// time flowing down, an arrow where one operation's step made another's ready (a start, a release, a channel
/// write, a completed task), the virtual clock as its own lane for timers, and the verdict at the end: each
/// blocked operation's await, the two accesses of a race, the failed assertion. Consecutive steps of one operation
/// that nobody else woke collapse into one note (first and last step kept), so a 200-step trace stays readable.
/// Text only, byte-stable for a given trace, so it can be pinned and pasted into Markdown.
/// </summary>
internal static partial class SequenceDiagram
{
    private const string Clock = "clock";

    // A collapsed run keeps its first and last steps and says how many lay between.
    private const int LongestUncollapsedRun = 3;

    internal static string Draw(IReadOnlyList<TraceStep> steps, BugReport? bug)
    {
        var lanes = Lanes(steps, bug);
        var text = new StringBuilder("sequenceDiagram\n");
        foreach (var (name, alias) in lanes)
        {
            text.Append(CultureInfo.InvariantCulture, $"    participant {alias} as {Escape(name)}\n");
        }

        if (steps.Any(IsClockStep))
        {
            text.Append(CultureInfo.InvariantCulture, $"    participant {Clock} as virtual clock\n");
        }

        TimeSpan? shownTime = null;
        foreach (var run in Runs(steps))
        {
            var first = run[0];
            string lane = lanes[first.Operation];
            if (Arrow(first, lanes) is { } arrow)
            {
                text.Append("    ").Append(arrow).Append('\n');
            }

            string time = first.Time == shownTime ? "" : TraceLog.FormatTime(first.Time) + " ";
            shownTime = run[^1].Time;
            text.Append(CultureInfo.InvariantCulture, $"    Note over {lane}: {time}{Describe(run)}\n");
        }

        AppendVerdict(text, bug, lanes);
        return text.ToString();
    }

    /// <summary>The operation names in order of first appearance, each with a Mermaid-safe alias.</summary>
    private static Dictionary<string, string> Lanes(IReadOnlyList<TraceStep> steps, BugReport? bug)
    {
        var lanes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string name in steps.Select(step => step.Operation).Concat(bug?.Operations ?? []))
        {
            lanes.TryAdd(name, string.Create(CultureInfo.InvariantCulture, $"o{lanes.Count}"));
        }

        return lanes;
    }

    /// <summary>Splits the steps into runs of one operation that no other operation or timer interrupted.</summary>
    private static List<List<TraceStep>> Runs(IReadOnlyList<TraceStep> steps)
    {
        var runs = new List<List<TraceStep>>();
        foreach (var step in steps)
        {
            bool continues = runs.Count > 0 && runs[^1][^1].Operation == step.Operation && !IsClockStep(step)
                && (step.WokenBy is null || step.WokenBy == step.Operation) && step.Kind != WorkKind.Start && !IsClockStep(runs[^1][^1]);
            if (continues)
            {
                runs[^1].Add(step);
            }
            else
            {
                runs.Add([step]);
            }
        }

        return runs;
    }

    private static bool IsClockStep(TraceStep step) => step.Kind is WorkKind.Timer or WorkKind.TimerRace;

    private static string? Arrow(TraceStep step, Dictionary<string, string> lanes)
    {
        string to = lanes[step.Operation];
        if (IsClockStep(step))
        {
            return $"{Clock}->>{to}: {(step.Kind == WorkKind.TimerRace ? "jumps early (TimerRaces)" : "fires")}";
        }

        if (step.WokenBy is not { } waker || waker == step.Operation || !lanes.TryGetValue(waker, out string? from))
        {
            return null;
        }

        return step.Kind switch
        {
            WorkKind.Start => $"{from}->>{to}: starts",
            WorkKind.Resume => $"{from}-->>{to}: releases",
            _ => $"{from}-->>{to}: wakes",
        };
    }

    private static string Describe(List<TraceStep> run)
    {
        if (run.Count == 1)
        {
            return Step(run[0]);
        }

        if (run.Count <= LongestUncollapsedRun)
        {
            return string.Join("<br/>", run.Select(Step));
        }

        return Step(run[0]) + string.Create(CultureInfo.InvariantCulture, $"<br/>... {run.Count - 2} more steps ...<br/>") + Step(run[^1]);
    }

    private static string Step(TraceStep step) =>
        string.Create(CultureInfo.InvariantCulture, $"step {step.Step}: ") + Escape(step.What);

    /// <summary>Mermaid reads ';' and '#' as syntax and '&lt;' as HTML: entity codes keep the text as written.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '#' => "#35;",
                ';' => "#59;",
                '<' => "#60;",
                '>' => "#62;",
                '\n' or '\r' => " ",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
