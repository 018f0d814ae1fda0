namespace Harness.Tests.Settings;

/// <summary>A folder tree under the temp directory, unique per test so parallel tests and the parse cache never meet.</summary>
internal sealed class TempTree : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "harness-settings-" + Guid.NewGuid().ToString("N"));

    public TempTree() => Directory.CreateDirectory(Root);

    /// <summary>Creates (if needed) the folder at <paramref name="relative"/> under the root and returns its path.</summary>
    public string Folder(string relative)
    {
        string path = Path.GetFullPath(Path.Combine(Root, relative));
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Writes a coyote.json into the folder at <paramref name="relative"/> and returns the file's path.</summary>
    public string CoyoteJson(string relative, string json)
    {
        string path = Path.Combine(Folder(relative), "coyote.json");
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
