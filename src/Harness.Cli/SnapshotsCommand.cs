using Harness.Snapshots;

namespace Harness.Cli;

/// <summary>
/// <c>harness snapshots [--check | --prune] --assembly Tests.dll [--folder dir]</c>: lists the verified schedules
/// under the test project's folder that no test of the assembly reads any more (the test was renamed, moved or
/// deleted). <c>--check</c> exits 1 when there is one, for CI; <c>--prune</c> deletes them.
/// </summary>
internal sealed class SnapshotsCommand(string mode, string assemblyPath, string? folder, TextWriter output, TextWriter error)
{
    internal int Run()
    {
        KnownSnapshots known;
        string root;
        try
        {
            known = KnownSnapshots.Of(assemblyPath);
            root = folder ?? known.ProjectDirectory
                ?? throw new InvalidOperationException($"Cannot list snapshots: {assemblyPath} does not record its project directory (no [AssemblyMetadata(\"{SourceFolder.MetadataKey}\", ...)]), so the folder to search is unknown. Fix: pass it with --folder, or import build/Harness.props in the test project and rebuild.");
            if (!Directory.Exists(root))
            {
                throw new InvalidOperationException($"Cannot list snapshots: the folder {root} does not exist. Fix: pass the test project's folder with --folder.");
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Usage;
        }

        var orphans = Verified(root).Where(path => !known.IsRead(path)).ToList();
        foreach (string orphan in orphans)
        {
            if (mode == "--prune")
            {
                string recorded = Recorded(orphan);
                File.Delete(orphan);
                output.WriteLine($"removed: {orphan} ({recorded})");
            }
            else
            {
                output.WriteLine($"orphan: {orphan} ({Recorded(orphan)})");
            }
        }

        output.WriteLine(orphans.Count == 0
            ? $"every verified schedule under {root} belongs to a test of {Path.GetFileName(assemblyPath)}"
            : $"{orphans.Count} verified schedule(s) under {root} belong to no test of {Path.GetFileName(assemblyPath)}{(mode == "--prune" ? "; removed" : "; remove them with harness snapshots --prune")}");
        return mode == "--check" && orphans.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
    }

    // Build output holds copies of nothing we own; skipping it keeps a stale copy from being listed or pruned.
    private static IEnumerable<string> Verified(string root) =>
        Directory.EnumerateFiles(root, "*" + SnapshotPaths.VerifiedSuffix, SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal);

    private static string Recorded(string path)
    {
        try
        {
            return "recorded for " + ControlCharacters.Escape(SnapshotFormat.Parse(File.ReadAllText(path), path).Test);
        }
        catch (SnapshotException)
        {
            return "unreadable";
        }
    }
}
