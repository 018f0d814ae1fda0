using Harness.Testing;
using Harness.Xunit;

namespace Harness.Tests.Xunit;

/// <summary>
/// A temp snapshot folder and a fake environment for running sample tests in-process, so parallel tests never
/// share files or the process environment.
/// </summary>
internal sealed class SampleSandbox : IDisposable
{
    private readonly IDisposable environment;

    internal SampleSandbox(params (string Name, string Value)[] variables)
        : this(sourceFolder: false, variables)
    {
    }

    /// <param name="sourceFolder">Keep snapshots beside the sample's source, as a real run does, instead of in <see cref="Folder"/>.</param>
    /// <param name="variables">The environment the samples see.</param>
    internal SampleSandbox(bool sourceFolder, params (string Name, string Value)[] variables)
    {
        Folder = Directory.CreateTempSubdirectory("harness-xunit-").FullName;
        Variables = variables.ToDictionary(v => v.Name, v => v.Value);
        environment = HarnessEnvironment.Use(name => Variables.GetValueOrDefault(name), sourceFolder ? null : Folder);
    }

    internal string Folder { get; }

    internal Dictionary<string, string> Variables { get; }

    internal string[] Files(string pattern = "*") =>
        [.. Directory.GetFiles(Folder, pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    internal string PathOf(string fileName) => Path.Combine(Folder, fileName);

    public void Dispose()
    {
        environment.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
