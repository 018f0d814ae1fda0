using System.Reflection;
using Harness.Settings;

namespace Harness.Testing;

/// <summary>Finds the adapter of an engine other than the harness's own, by assembly and type name.</summary>
internal static class OtherEngines
{
    /// <summary>The assembly that holds Coyote's adapter.</summary>
    internal const string CoyoteAssembly = "Harness.Coyote";

    /// <summary>The adapter's type in <see cref="CoyoteAssembly"/>.</summary>
    internal const string CoyoteType = "Harness.Coyote.CoyoteEngine";

    /// <summary>The adapter for <paramref name="engine"/>; <paramref name="assembly"/> is replaceable for tests.</summary>
    /// <exception cref="TestRunFailure">The adapter's assembly is not part of the test run.</exception>
    internal static IOtherEngine Load(string testName, Setting<string> engine, string assembly = CoyoteAssembly)
    {
        Assembly loaded;
        try
        {
            loaded = Assembly.Load(new AssemblyName(assembly));
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            throw new TestRunFailure(Missing(testName, engine, assembly));
        }

        var type = loaded.GetType(CoyoteType, throwOnError: false)
            ?? throw new TestRunFailure($"{testName}: the assembly {assembly} was loaded for Engine \"{engine.Value}\" but holds no {CoyoteType}: it is not the Harness.Coyote adapter of this harness version. Fix: reference the Harness.Coyote project or package of the same version as Harness.");
        return (IOtherEngine)Activator.CreateInstance(type, nonPublic: true)!;
    }

    /// <summary>What to add when the adapter is missing: the reference and the rewrite step.</summary>
    internal static string Missing(string testName, Setting<string> engine, string assembly) =>
        $"{testName}: Engine is \"{engine.Value}\" ({engine.Source}), but the Coyote adapter, assembly {assembly}, is not part of this test run, so nothing can run the test under Coyote. "
        + $"Fix: add <ProjectReference Include=\"path/to/src/Harness.Coyote/Harness.Coyote.csproj\" /> (or a PackageReference to {assembly}) "
        + "and <Import Project=\"path/to/src/Harness.Coyote/build/Harness.Coyote.targets\" /> to the test project (see docs/comparison.md), "
        + $"or set Engine to \"{EngineNames.Harness}\" (attribute property Engine, coyote.json key \"Engine\", environment variable {SettingKeys.EngineVariable}).";
}
