using System.Globalization;
using Harness;

namespace Scenarios.P06_SelfBlockingChannel;

/// <summary>
/// P06: the night's potassium results arrive as one file of three lines and are imported into the clinical
/// data system. The buggy importer writes and reads its channel in one method and never finishes.
/// </summary>
public static class SelfBlockingChannel
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P06",
        "writer is also the channel's only reader",
        BugKind.Deadlock,
        () => LabFileIsImported(store => new LabFileImporter(store)),
        () => LabFileIsImported(store => new PipelinedLabFileImporter(store)));

    private static async Task LabFileIsImported(Func<ResultStore, ILabFileImporter> open)
    {
        LabResult[] file =
        [
            new("0042", "potassium", "6.8 mmol/L"),
            new("0043", "potassium", "4.1 mmol/L"),
            new("0044", "potassium", "3.9 mmol/L"),
        ];
        var store = new ResultStore();

        int stored = await open(store).ImportAsync(file);

        Invariant.Assert(stored == file.Length && store.Results.SequenceEqual(file),
            "every line of the file is stored, in file order: 3 lines, " + stored.ToString(CultureInfo.InvariantCulture) + " stored");
    }
}
