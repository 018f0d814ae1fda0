using System.Text;

namespace Harness.Diagnostics;

/// <summary>The end of the diagram: where each stuck operation waits, then the verdict over the operations it names.</summary>
internal static partial class SequenceDiagram
{
    private const int LongestVerdictNote = 240;

    private static void AppendVerdict(StringBuilder text, BugReport? bug, Dictionary<string, string> lanes)
    {
        if (bug is null)
        {
            return;
        }

        if (bug.Kind is BugKind.Deadlock or BugKind.LeakedTask)
        {
            foreach (var (operation, wait) in Waits(bug.Details))
            {
                if (lanes.TryGetValue(operation, out string? lane))
                {
                    string note = wait.StartsWith("blocked ", StringComparison.Ordinal) ? wait : "blocked: " + wait;
                    text.Append("    Note over ").Append(lane).Append(": ").Append(Escape(note)).Append('\n');
                }
            }
        }

        // Mermaid spans a note between two lanes: the leftmost and rightmost involved.
        var order = lanes.Values.ToList();
        var involved = bug.Operations.Where(lanes.ContainsKey).Select(name => lanes[name]).Distinct().OrderBy(order.IndexOf).ToList();
        string over = involved.Count switch
        {
            0 => lanes.Values.First(),
            1 => involved[0],
            _ => involved[0] + "," + involved[^1],
        };
        text.Append("    Note over ").Append(over).Append(": ").Append(bug.Kind.ToString()).Append(": ").Append(Escape(Headline(bug))).Append('\n');
    }

    /// <summary>
    /// Each operation of a deadlock or leak report with the innermost await (or synchronous wait) it is stuck at:
    /// the details list "  'name' (spawned at ...)" headers, each followed by its await chain, deepest first (or a synchronous wait, or the task it returned).
    /// </summary>
    private static IEnumerable<(string Operation, string Wait)> Waits(string details)
    {
        string? operation = null;
        foreach (string line in details.Split('\n'))
        {
            if (line.StartsWith("  '", StringComparison.Ordinal))
            {
                operation = line[3..line.IndexOf('\'', 3)];
            }
            else if (operation is not null && line.Trim() is { Length: > 0 } frame && !frame.StartsWith("<-", StringComparison.Ordinal) && !frame.StartsWith("operation '", StringComparison.Ordinal))
            {
                yield return (operation, line.Trim());
                operation = null;
            }
        }
    }

    /// <summary>The summary's first sentence (what happened), without the why and the fix.</summary>
    private static string Headline(BugReport bug)
    {
        string summary = bug.Summary;
        int end = summary.IndexOf(". ", StringComparison.Ordinal);
        string headline = end < 0 ? summary : summary[..end];
        int reason = headline.IndexOf(", and nothing ordered", StringComparison.Ordinal);
        headline = reason < 0 ? headline : headline[..reason];
        return headline.Length <= LongestVerdictNote ? headline : headline[..LongestVerdictNote] + "...";
    }
}
