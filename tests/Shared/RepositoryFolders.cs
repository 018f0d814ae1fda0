namespace Harness.TestSupport;

/// <summary>Where the repository is, seen from a test assembly's output folder (linked into each test project that needs it).</summary>
internal static class RepositoryFolders
{
    /// <summary>The folder holding Harness.sln, found by walking up from the test's output folder.</summary>
    internal static string Root()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Harness.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Harness.sln not found above " + AppContext.BaseDirectory);
    }
}
