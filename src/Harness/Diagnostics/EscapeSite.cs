using System.Diagnostics;
using System.Reflection;

namespace Harness.Diagnostics;

/// <summary>Finds where in the code under test an escape happened.</summary>
internal static class EscapeSite
{
    private static readonly Assembly HarnessAssembly = typeof(EscapeListener).Assembly;

    /// <summary>
    /// The first frame that belongs to neither the framework (System.*, Microsoft.*) nor the harness itself, as file:line,
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
        if (assembly is null)
        {
            return "add the assembly that makes the call to \"Assemblies\" in coyote.json so the build rewrites it (docs/rewriting.md)";
        }

        string name = assembly.GetName().Name ?? "?";
        return assembly.IsDefined(typeof(Interception.RewrittenByHarnessAttribute), false)
            ? $"{name} is rewritten already, but this call is not one the rewriter redirects (docs/rewriting.md lists them)"
            : $"add \"{name}\" to \"Assemblies\" in coyote.json so the build rewrites its calls (docs/rewriting.md)";
    }

    public static bool IsHarness(Type type) => type.Assembly == HarnessAssembly;

    public static bool IsUserType(Type type) => !IsHarness(type) && !IsFramework(type);

    /// <summary>Nested types (closures, state machines) report their outer type's namespace, so this covers them.</summary>
    public static bool IsFramework(Type type)
    {
        var ns = type.Namespace;
        return ns is not null && (IsUnder(ns, "System") || IsUnder(ns, "Microsoft"));
    }

    private static bool IsUnder(string ns, string root) =>
        ns.StartsWith(root, StringComparison.Ordinal) && (ns.Length == root.Length || ns[root.Length] == '.');
}
