using System.Globalization;

namespace Harness.Diagnostics;

/// <summary>A place in source code, printed as <c>File.cs:42</c> (file name only, so traces are stable across machines).</summary>
internal sealed record SourceLocation(string FilePath, int Line)
{
    public string FileName => Path.GetFileName(FilePath);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FileName}:{Line}");
}
