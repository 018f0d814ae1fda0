using System.Globalization;
using System.Text.RegularExpressions;
using Harness.Strategies;

namespace Harness.Snapshots;

/// <summary>Reading each grouped section into its value.</summary>
internal sealed partial class SnapshotReader
{
    private static readonly string[] Verdicts = ["none", .. Enum.GetNames<BugKind>()];

    private string Scalar(string name)
    {
        var section = Uncounted(name);
        return string.Concat(section.Inline, string.Concat(section.Content.Select(line => "\n" + line.Text)));
    }

    private BugKind? Verdict()
    {
        var section = Uncounted("verdict");
        if (section.Content.FirstOrDefault(line => line.Text.Trim().Length > 0) is { Number: > 0 } extra)
        {
            throw Damaged(extra.Number, $"{SnapshotException.Quote(extra.Text)} follows the verdict, which is a single word");
        }

        string value = section.Inline.Trim();
        string? name = Verdicts.FirstOrDefault(verdict => verdict.Equals(value, StringComparison.OrdinalIgnoreCase));
        return name switch
        {
            null => throw Damaged(section.Line, $"{SnapshotException.Quote(value)} is not a verdict{DidYouMean.Hint(value, Verdicts)}; the verdicts are {string.Join(", ", Verdicts)} (none: this schedule must pass)"),
            "none" => null,
            _ => Enum.Parse<BugKind>(name),
        };
    }

    private string Details()
    {
        var section = Uncounted("details");
        if (section.Inline.Length > 0)
        {
            throw Damaged(section.Line, "the details go on the indented lines below \"details:\", not after the colon");
        }

        return string.Join('\n', section.Content.Select(line => line.Text));
    }

    private List<Choice> Choices(string name)
    {
        var section = sections[name];
        int promised = Count(section, "step", $"{name} (5 steps):");
        var choices = new List<Choice>();
        foreach (var line in section.Content)
        {
            foreach (string token in line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Choice.TryParse(token, out var choice))
                {
                    throw Damaged(line.Number, $"{SnapshotException.Quote(token)} is not a scheduling choice (expected index:flow, e.g. 0:3)");
                }

                choices.Add(choice);
            }
        }

        return choices.Count == promised ? choices : throw Damaged(section.Line, Mismatch(promised, choices.Count, "step"));
    }

    private List<string> Trace()
    {
        var section = sections["trace"];
        int promised = Count(section, "line", "trace (12 lines):");
        if (section.Content.Count < promised)
        {
            throw Damaged(section.Line, Mismatch(promised, section.Content.Count, "line"));
        }

        // Blank lines past the promised count are an editor's trailing newlines, not trace.
        if (section.Content.Skip(promised).FirstOrDefault(line => line.Text.Length > 0) is { Number: > 0 } extra)
        {
            throw Damaged(extra.Number, string.Create(CultureInfo.InvariantCulture, $"{SnapshotException.Quote(extra.Text)} follows the {promised} trace lines the header promises"));
        }

        return [.. section.Content.Take(promised).Select(line => line.Text)];
    }

    private Section Uncounted(string name)
    {
        var section = sections[name];
        return section.Count is null
            ? section
            : throw Damaged(section.Line, $"\"{name}\" takes no count in parentheses (expected \"{name}: ...\")");
    }

    private int Count(Section section, string unit, string example)
    {
        if (section.Inline.Length > 0)
        {
            throw Damaged(section.Line, $"the {section.Name} goes on the indented lines below its header, not after the colon");
        }

        var match = section.Count is null ? Match.Empty : CountText().Match(section.Count);
        if (!match.Success || match.Groups["unit"].Value != unit
            || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            throw Damaged(section.Line, $"the header should give the number of {unit}s, like \"{example}\"");
        }

        return count;
    }

    private static string Mismatch(int promised, int found, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"the header promises {promised} {unit}{(promised == 1 ? "" : "s")} but ")
        + (found < promised
            ? string.Create(CultureInfo.InvariantCulture, $"only {found} follow, so the file was cut short")
            : string.Create(CultureInfo.InvariantCulture, $"{found} follow"));

    [GeneratedRegex(@"^(?<n>[0-9]+) (?<unit>[a-z]+?)s?$", RegexOptions.CultureInvariant)]
    private static partial Regex CountText();
}
