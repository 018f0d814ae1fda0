using System.Globalization;
using System.Runtime.CompilerServices;

namespace Harness.Tests.Diagnostics;

internal static class Sites
{
    /// <summary>"File.cs:N" for the line after the call: put it right above the statement expected to be reported.</summary>
    public static string NextLine([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) =>
        string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}:{line + 1}");
}
