namespace Harness.Snapshots;

/// <summary>The commands a failure message shows, ready to paste.</summary>
internal static partial class SnapshotStore
{
    /// <summary>
    /// How to replay the snapshot at <paramref name="verifiedOrReceivedPath"/> alone and how to accept the
    /// received file, for POSIX shells and Windows.
    /// </summary>
    internal static string ReplayInstructions(string verifiedOrReceivedPath, string testDisplayName)
    {
        ArgumentException.ThrowIfNullOrEmpty(verifiedOrReceivedPath);
        ArgumentException.ThrowIfNullOrEmpty(testDisplayName);
        string received = verifiedOrReceivedPath.EndsWith(SnapshotPaths.VerifiedSuffix, StringComparison.Ordinal)
            ? SnapshotPaths.ReceivedFor(verifiedOrReceivedPath)
            : verifiedOrReceivedPath;
        string verified = SnapshotPaths.VerifiedFor(received);
        string filter = $"--filter \"FullyQualifiedName={FilterValue(testDisplayName)}\"";
        string variable = SnapshotPaths.ReplayVariable;
        return $"""
            replay: {variable}="{verifiedOrReceivedPath}" dotnet test {filter}
                    (PowerShell: $env:{variable}="{verifiedOrReceivedPath}"; dotnet test {filter})
            accept: mv "{received}" "{verified}"
                    (Windows: move /Y "{received}" "{verified}")
            """;
    }

    // A theory's display name carries its arguments, which FullyQualifiedName does not; the filter language
    // gives ( ) & | = ! ~ \ a meaning, so they are escaped.
    private static string FilterValue(string displayName)
    {
        int arguments = displayName.IndexOf('(', StringComparison.Ordinal);
        string name = arguments > 0 ? displayName[..arguments].TrimEnd() : displayName;
        var escaped = new System.Text.StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (c is '(' or ')' or '&' or '|' or '=' or '!' or '~' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
