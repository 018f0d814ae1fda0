using System.Diagnostics;
using System.Globalization;
using Harness.Rewriter.Rewriting;
using Harness.Settings;

namespace Harness.Rewriter.Build;

/// <summary>
/// The build step: reads <c>"Assemblies"</c> from coyote.json (with the harness's own settings reader, so the
/// messages match), finds each among the project's copy-local files, and rewrites it into the output directory.
/// </summary>
internal static class BuildCommand
{
    internal static BuildOutcome Run(BuildRequest request)
    {
        var names = Assemblies(request.ConfigPath);
        Directory.CreateDirectory(request.OutputDirectory);
        if (names.Count == 0)
        {
            Clean(request.OutputDirectory, []);
            return new BuildOutcome([], [], []);
        }

        var dlls = request.References.Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToList();
        string harness = dlls.FirstOrDefault(path => Path.GetFileName(path).Equals("Harness.dll", StringComparison.OrdinalIgnoreCase))
            ?? throw new RewriteException(
                $"{request.ConfigPath} names assemblies to rewrite in \"Assemblies\", but the project does not reference Harness",
                "rewritten call sites call the harness's entry points, so the harness must be in the output",
                "reference the Harness package (or project) from the test project");

        var originals = names.Select(name => Find(request, dlls, name)).ToList();
        var rewriter = new AssemblyRewriter(harness, searchDirectories: dlls.Select(path => Path.GetDirectoryName(Path.GetFullPath(path))!));
        var replaced = new List<string>();
        var replacements = new List<string>();
        var log = new List<string>();
        foreach (string original in originals)
        {
            string output = Path.Combine(request.OutputDirectory, Path.GetFileName(original));
            var clock = Stopwatch.StartNew();
            var result = rewriter.Rewrite(original, output, request.StrongNameKey);
            log.Add(result.AlreadyRewritten
                ? $"{Path.GetFileName(original)} already carries the Harness {rewriter.Version} marker: copied unchanged"
                : string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(original)}: {result.CallSites} call sites redirected, {result.FieldAccesses} field accesses hooked, {result.BackEdges} loop back-edges checked ({clock.ElapsedMilliseconds} ms)"));

            string stem = Path.ChangeExtension(original, null);
            replaced.AddRange(request.References.Where(path => string.Equals(Path.ChangeExtension(path, null), stem, StringComparison.Ordinal)
                && (path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase))));
            replacements.Add(output);
            if (File.Exists(Path.ChangeExtension(output, ".pdb")))
            {
                replacements.Add(Path.ChangeExtension(output, ".pdb"));
            }
        }

        Clean(request.OutputDirectory, replacements);
        return new BuildOutcome(replaced, replacements, log);
    }

    private static IReadOnlyList<string> Assemblies(string configPath)
    {
        if (!File.Exists(configPath))
        {
            return [];
        }

        try
        {
            return CoyoteJson.Load(configPath).Assemblies?.Value ?? [];
        }
        catch (SettingsException e)
        {
            throw new RewriteException(e.Message.TrimEnd('.'), "the build cannot tell which assemblies to rewrite", $"correct {configPath}", e);
        }
    }

    private static string Find(BuildRequest request, List<string> dlls, string name)
    {
        if (SharedFramework.IsHarness(name))
        {
            throw new RewriteException(
                $"{request.ConfigPath} names \"{name}\" in \"Assemblies\", which is the harness itself",
                "its calls are the entry points the rewritten calls go to; rewriting it would make the harness call itself",
                $"remove \"{name}\" from \"Assemblies\" in {request.ConfigPath}; name only the assemblies of the code under test and the packages it uses");
        }

        var match = dlls.FirstOrDefault(path => string.Equals(Path.GetFileNameWithoutExtension(path), name, StringComparison.OrdinalIgnoreCase));
        string? framework = match is null ? SharedFramework.FrameworkOf(name) : SharedFramework.FrameworkOfFile(match);
        if (framework is not null)
        {
            throw new RewriteException(
                $"{request.ConfigPath} names \"{name}\" in \"Assemblies\", which is part of the shared framework ({framework}), not a file of the test project",
                "the runtime loads shared-framework assemblies from the dotnet installation, never from the test's output folder, so a rewritten copy would not run; and the harness itself runs on them",
                $"remove \"{name}\" from \"Assemblies\" in {request.ConfigPath}; its calls made from rewritten code are redirected already (docs/rewriting.md lists them), and a package assembly copied to the output (Microsoft.Extensions.*, Polly.Core...) can be named instead");
        }

        if (match is not null)
        {
            return match;
        }

        string known = string.Join(", ", dlls.Select(Path.GetFileNameWithoutExtension).Where(n => n != "Harness").Order(StringComparer.Ordinal).Take(12));
        throw new RewriteException(
            $"{request.ConfigPath} names \"{name}\" in \"Assemblies\", but the project references no assembly of that name (its references: {known})",
            "only an assembly the test project references, and so copies to its output, can be rewritten there",
            $"reference the project or package that builds {name}.dll from the test project, or correct the name in \"Assemblies\" in {request.ConfigPath}");
    }

    private static void Clean(string directory, List<string> keep)
    {
        foreach (string file in Directory.EnumerateFiles(directory, "*.*").Where(f => f.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)))
        {
            if (!keep.Contains(file, StringComparer.Ordinal))
            {
                File.Delete(file);
            }
        }
    }
}
