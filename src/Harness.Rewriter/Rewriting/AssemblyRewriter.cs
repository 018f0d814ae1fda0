using Harness.Rewriter.Redirects;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace Harness.Rewriter.Rewriting;

/// <summary>
/// Rewrites one assembly against one harness assembly: redirects call sites, hooks shared field accesses, checks loop back-edges, marks
/// the result, and writes it (with its PDB, so traces keep file:line) through a temporary file and a rename, so a
/// file another project's output shares by hard link is never written into.
/// </summary>
internal sealed class AssemblyRewriter
{
    private readonly ModuleDefinition harness;
    private readonly TargetCatalog catalog;
    private readonly IReadOnlyList<string> searchDirectories;

    /// <param name="harnessPath">The harness assembly the rewritten calls go to.</param>
    /// <param name="markerVersion">The version to mark with (default: the harness's).</param>
    /// <param name="searchDirectories">Where the inputs' references are, besides their own folder and the framework's:
    /// a NuGet package's dependencies each live in their own package folder.</param>
    internal AssemblyRewriter(string harnessPath, string? markerVersion = null, IEnumerable<string>? searchDirectories = null)
    {
        this.searchDirectories = searchDirectories?.Distinct(StringComparer.Ordinal).ToList() ?? [];
        harness = ModuleDefinition.ReadModule(harnessPath, new ReaderParameters { InMemory = true });
        catalog = new TargetCatalog(harness, RedirectTable.Rows);
        Version = markerVersion ?? harness.Assembly.Name.Version.ToString();
    }

    /// <summary>The version written into markers: the harness assembly's version.</summary>
    internal string Version { get; }

    /// <summary>Rewrites <paramref name="input"/> into <paramref name="output"/> (which may be the same path).</summary>
    /// <exception cref="RewriteException">The input was rewritten for another harness version, or cannot be read.</exception>
    internal RewriteResult Rewrite(string input, string output, byte[]? strongNameKey = null)
    {
        string inputPdb = Path.ChangeExtension(input, ".pdb");
        bool symbols = File.Exists(inputPdb);
        using var resolver = Resolver(input, searchDirectories);
        using var module = Read(input, symbols, resolver);

        if (Marker.Read(module) is { } marked)
        {
            if (marked != Version)
            {
                throw new RewriteException(
                    $"{Path.GetFileName(input)} was already rewritten for Harness {marked}, and this is Harness {Version}",
                    "rewriting an already rewritten assembly would redirect its redirects, and its marker would lie about the harness it needs",
                    "rebuild the referenced project so the rewriter starts from the compiler's output");
            }

            CopyUnchanged(input, output, symbols);
            return new RewriteResult(true, 0, 0);
        }

        var fields = new FieldAccessRewriter(
            module,
            module.ImportReference(catalog.Require("SharedMemoryCalls", "OnRead", 3)),
            module.ImportReference(catalog.Require("SharedMemoryCalls", "OnWrite", 3)));
        var backEdge = module.ImportReference(catalog.Require("LoopCalls", "BackEdge", 0));
        int calls = 0, accesses = 0, loops = 0;
        foreach (var method in module.GetTypes().SelectMany(type => type.Methods).Where(method => method.HasBody).ToList())
        {
            var sites = new SitePoints(method);
            method.Body.SimplifyMacros();
            accesses += fields.Rewrite(method, sites);
            calls += CallSiteRewriter.Rewrite(method, sites, catalog, module);
            calls += MethodGroupThunks.Rewrite(method, sites, catalog, module);
            loops += BackEdgeRewriter.Rewrite(method, backEdge);
            method.Body.OptimizeMacros();
        }

        var attribute = harness.GetType(Marker.AttributeName).Methods.First(method => method.IsConstructor && !method.IsStatic);
        Marker.Apply(module, attribute, catalog.Require("RewrittenAssemblies", "Verify", 2), Version);
        Write(module, output, symbols, strongNameKey);
        return new RewriteResult(false, calls, accesses, loops);
    }

    private static ModuleDefinition Read(string input, bool symbols, IAssemblyResolver resolver)
    {
        try
        {
            return ModuleDefinition.ReadModule(input, new ReaderParameters
            {
                InMemory = true,
                ReadSymbols = symbols,
                SymbolReaderProvider = symbols ? new PortablePdbReaderProvider() : null,
                AssemblyResolver = resolver,
            });
        }
        catch (Exception e) when (e is BadImageFormatException or IOException or InvalidOperationException)
        {
            throw new RewriteException(
                $"{input} could not be read as a .NET assembly with a portable PDB ({e.Message})",
                "only managed assemblies named in \"Assemblies\" can be rewritten",
                "name only managed assemblies in \"Assemblies\" in coyote.json, built with <DebugType>portable</DebugType> or none",
                e);
        }
    }

    private static DefaultAssemblyResolver Resolver(string input, IReadOnlyList<string> searchDirectories)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(Path.GetFullPath(input))!);
        foreach (string directory in searchDirectories)
        {
            resolver.AddSearchDirectory(directory);
        }

        resolver.AddSearchDirectory(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        return resolver;
    }

    private static void Write(ModuleDefinition module, string output, bool symbols, byte[]? strongNameKey)
    {
        // Same file names in a private folder: the PDB path recorded in the DLL then ends in the final name.
        string folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, ".rewriting");
        Directory.CreateDirectory(folder);
        string temporary = Path.Combine(folder, Path.GetFileName(output));
        module.Write(temporary, new WriterParameters
        {
            WriteSymbols = symbols,
            SymbolWriterProvider = symbols ? new PortablePdbWriterProvider() : null,
            DeterministicMvid = true,
            StrongNameKeyBlob = strongNameKey,
        });
        if (symbols)
        {
            File.Move(Path.ChangeExtension(temporary, ".pdb"), Path.ChangeExtension(output, ".pdb"), overwrite: true);
        }

        File.Move(temporary, output, overwrite: true);
        Directory.Delete(folder, recursive: true);
    }

    private static void CopyUnchanged(string input, string output, bool symbols)
    {
        if (string.Equals(Path.GetFullPath(input), Path.GetFullPath(output), StringComparison.Ordinal))
        {
            return;
        }

        File.Copy(input, output, overwrite: true);
        if (symbols)
        {
            File.Copy(Path.ChangeExtension(input, ".pdb"), Path.ChangeExtension(output, ".pdb"), overwrite: true);
        }
    }
}
