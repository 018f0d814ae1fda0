using System.Reflection;
using System.Runtime.Loader;
using Harness.Interception;
using Harness.Rewriter.Rewriting;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Harness.Rewriter.Tests;

/// <summary>The fixture assembly rewritten once into a private folder, read back with Cecil, loadable on demand.</summary>
public sealed class RewrittenFixture : IDisposable
{
    public RewrittenFixture()
    {
        Folder = Directory.CreateTempSubdirectory("harness-rewriter-tests-").FullName;
        Original = typeof(Fixture.CallShapes).Assembly.Location;
        Rewritten = Path.Combine(Folder, Path.GetFileName(Original));
        Result = new AssemblyRewriter(HarnessPath).Rewrite(Original, Rewritten);
        Module = ModuleDefinition.ReadModule(Rewritten, new ReaderParameters { InMemory = true });
    }

    public static string HarnessPath => typeof(TaskCalls).Assembly.Location;

    public string Folder { get; }

    public string Original { get; }

    public string Rewritten { get; }

    internal RewriteResult Result { get; }

    public ModuleDefinition Module { get; }

    /// <summary>Every call in <paramref name="type"/>'s methods and in the compiler-generated types nested in it.</summary>
    public IReadOnlyList<(MethodDefinition Method, Instruction Call)> Calls(string type) =>
        Module.GetType("Fixture." + type).Methods
            .Concat(Module.GetType("Fixture." + type).NestedTypes.SelectMany(Nested))
            .Where(method => method.HasBody)
            .SelectMany(method => method.Body.Instructions
                .Where(instruction => instruction.OpCode.Code is Code.Call or Code.Callvirt or Code.Newobj)
                .Select(instruction => (method, instruction)))
            .ToList();

    /// <summary>Loads a file into its own collectible context (the harness and the BCL come from the default one).</summary>
    public static Assembly Load(string path, out AssemblyLoadContext context)
    {
        context = new AssemblyLoadContext("rewritten " + Path.GetFileName(path), isCollectible: true);
        using var stream = new MemoryStream(File.ReadAllBytes(path));
        return context.LoadFromStream(stream);
    }

    public void Dispose()
    {
        Module.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private static IEnumerable<MethodDefinition> Nested(TypeDefinition type) =>
        type.Methods.Concat(type.NestedTypes.SelectMany(Nested));
}
