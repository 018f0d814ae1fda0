using Harness.Snapshots;

namespace Harness.Testing;

/// <summary>
/// Where a relative HARNESS_REPLAY path points: the current directory first (where the user typed the
/// command), then the test's source folder (where snapshots live). dotnet test runs tests with the output
/// folder as the current directory, so the second is what makes <c>HARNESS_REPLAY=A.B.schedule.received.txt</c> work.
/// </summary>
internal static class ReplayPaths
{
    internal static string Resolve(string path, TestIdentity test)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        string[] tried = [Path.GetFullPath(path), Path.GetFullPath(Path.Combine(test.Folder, path))];
        return tried.FirstOrDefault(File.Exists)
            ?? throw new TestRunFailure(
                $"{test.Name}: the schedule file to replay, {ControlCharacters.Escape(path)}, does not exist; a relative {SnapshotPaths.ReplayVariable} path is looked for in the current directory, then in the test's source folder, and neither holds it:\n"
                + string.Join('\n', tried.Select(candidate => "  " + candidate))
                + $"\nFix: set {SnapshotPaths.ReplayVariable} to the absolute path of a .schedule.received.txt or .schedule.verified.txt file, or unset it.");
    }
}
