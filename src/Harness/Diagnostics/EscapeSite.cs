using System.Diagnostics;
using System.Reflection;

namespace Harness.Diagnostics;

/// <summary>Finds where in the code under test an escape happened.</summary>
internal static class EscapeSite
{
    private static readonly Assembly HarnessAssembly = typeof(EscapeListener).Assembly;

    // Assertion libraries throw from their own frames (EqualityAsserts.cs:154); the line worth reporting is the
    // user's call into them. Matched by assembly name because their namespaces (Xunit, NUnit.Framework) are
    // also where users put test helpers.
    private static readonly string[] AssertionLibraries =
    [
        "xunit.assert", "xunit.v3.assert", "xunit.core", "nunit.framework", "NUnit.Framework.Legacy",
        "Microsoft.VisualStudio.TestPlatform.TestFramework", "FluentAssertions", "AwesomeAssertions", "Shouldly",
    ];

    // Every frame of every reported stack asks; GetName allocates.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Assembly, bool> AssertionLibraryCache = new();

    // A test framework the test assembly references: the build never rewrites the test assembly itself.
    private static readonly string[] TestFrameworks =
    [
        "xunit.core", "xunit.v3.core", "xunit.assert", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework",
    ];

    /// <summary>
    /// The first frame that belongs to neither the framework (System.*, Microsoft.*), an assertion library, nor the harness itself, as file:line,
    /// or null when there is no such frame or its PDB gives no line. Async methods show up as their MoveNext; that is fine.
    /// </summary>
    public static SourceLocation? FirstUserFrame(StackTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        foreach (var frame in trace.GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            if (type is null || !IsUserType(type))
            {
                continue;
            }

            var file = frame.GetFileName();
            var line = frame.GetFileLineNumber();
            return string.IsNullOrEmpty(file) || line <= 0 ? null : new SourceLocation(file, line);
        }

        return null;
    }

    /// <summary>
    /// The fix that names the rewriting setting: the assembly of the first user frame, to add to "Assemblies" in
    /// coyote.json, or, when that assembly is rewritten already, that this call is not among the rewritten ones.
    /// </summary>
    public static string RewritingFix(StackTrace? trace)
    {
        var assembly = trace?.GetFrames().Select(frame => frame.GetMethod()?.DeclaringType).FirstOrDefault(type => type is not null && IsUserType(type))?.Assembly;
        return RewritingFix(assembly);
    }

    /// <summary>The fix that names the rewriting setting for code in <paramref name="assembly"/> (null: unknown).</summary>
    public static string RewritingFix(Assembly? assembly)
    {
        if (assembly is null)
        {
            return "add the assembly that makes the call to \"Assemblies\" in coyote.json so the build rewrites it (docs/rewriting.md)";
        }

        string name = assembly.GetName().Name ?? "?";
        if (IsTestAssembly(assembly))
        {
            // Naming the test assembly in "Assemblies" fails the build: the rewriter only rewrites references.
            return $"{name} is the test assembly, which the build never rewrites (naming it in \"Assemblies\" fails the build): in the test itself call Controlled.Run instead of Task.Run and pass Controlled.Time (Task.Delay(delay, Controlled.Time)), or move this code into a library the test project references and add that library to \"Assemblies\" in coyote.json (docs/rewriting.md)";
        }

        return assembly.IsDefined(typeof(Interception.RewrittenByHarnessAttribute), false)
            ? $"{name} is rewritten already, but this call is not one the rewriter redirects (docs/rewriting.md lists them)"
            : $"add \"{name}\" to \"Assemblies\" in coyote.json so the build rewrites its calls (docs/rewriting.md)";
    }

    public static bool IsHarness(Type type) => type.Assembly == HarnessAssembly;

    public static bool IsUserType(Type type) => !IsHarness(type) && !IsFramework(type) && !IsAssertionLibrary(type.Assembly);

    /// <summary>An assembly of assertions or of a test framework, whose frames stand between the user's line and the throw.</summary>
    public static bool IsAssertionLibrary(Assembly assembly) =>
        AssertionLibraryCache.GetOrAdd(assembly, static a => Array.IndexOf(AssertionLibraries, a.GetName().Name) >= 0);

    /// <summary>An assembly that references a test framework: a test project, which the build does not rewrite.</summary>
    public static bool IsTestAssembly(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Any(reference => Array.IndexOf(TestFrameworks, reference.Name) >= 0);

    /// <summary>Nested types (closures, state machines) report their outer type's namespace, so this covers them.</summary>
    public static bool IsFramework(Type type)
    {
        var ns = type.Namespace;
        return ns is not null && (IsUnder(ns, "System") || IsUnder(ns, "Microsoft"));
    }

    private static bool IsUnder(string ns, string root) =>
        ns.StartsWith(root, StringComparison.Ordinal) && (ns.Length == root.Length || ns[root.Length] == '.');
}
