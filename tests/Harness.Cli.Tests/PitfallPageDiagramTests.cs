using System.Text.RegularExpressions;
using Harness.TestSupport;

namespace Harness.Cli.Tests;

/// <summary>
/// Every replay pasted into docs/pitfalls is followed by the diagram `harness replay &lt;snapshot&gt; --diagram` prints
/// for the same snapshot, byte for byte: the pages pin the diagrams of the catalogue's schedules (P22 a deadlock,
/// P07 a leak, P05 a lost update, P05s a data race among them), and a page that falls behind the code fails here.
/// The snapshots' test assemblies must be built (dotnet test Harness.sln builds them all first).
/// </summary>
public sealed partial class PitfallPageDiagramTests
{
    private const string Intro = "The same schedule as a sequence diagram (`harness replay <snapshot> --diagram`):";

    public static TheoryData<string, string> PastedReplays()
    {
        var data = new TheoryData<string, string>();
        foreach (string page in Directory.GetFiles(Path.Combine(RepositoryFolders.Root(), "docs", "pitfalls"), "*.md").Order(StringComparer.Ordinal))
        {
            foreach (Match replay in ReplayCommand().Matches(File.ReadAllText(page)))
            {
                data.Add(Path.GetFileName(page), replay.Groups["snapshot"].Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PastedReplays))]
    public void Each_pasted_replay_is_followed_by_its_current_diagram(string page, string snapshot)
    {
        string root = RepositoryFolders.Root();
        string text = File.ReadAllText(Path.Combine(root, "docs", "pitfalls", page)).ReplaceLineEndings("\n");
        int at = text.IndexOf(snapshot, StringComparison.Ordinal);
        int intro = text.IndexOf(Intro, at, StringComparison.Ordinal);
        Assert.True(intro > at, $"{page}: the replay of {snapshot} has no diagram after it. Fix: add \"{Intro}\" and the output of `dotnet run -c Release --project src/Harness.Cli -- replay {snapshot} --diagram`.");
        int start = text.IndexOf("```mermaid\n", intro, StringComparison.Ordinal);
        int end = text.IndexOf("\n```\n", start, StringComparison.Ordinal) + "\n```\n".Length;

        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(["replay", Path.Combine(root, snapshot), "--diagram"], output, error);

        Assert.True(code == ExitCodes.Success, $"{page}: replaying {snapshot} failed: {error}");
        Assert.True(
            text[start..end] == output.ToString(),
            $"{page}: the diagram after the replay of {snapshot} is out of date. Fix: replace it with the output of `dotnet run -c Release --project src/Harness.Cli -- replay {snapshot} --diagram`.\nexpected:\n{output}\npage:\n{text[start..end]}");
    }

    [GeneratedRegex(@"replay (?<snapshot>tests/\S+\.schedule\.verified\.txt)")]
    private static partial Regex ReplayCommand();
}
