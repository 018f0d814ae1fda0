using System.ComponentModel;

namespace Harness.Interception;

/// <summary>
/// The check a rewritten assembly runs from its module initializer, before any of its code: its call sites were
/// made for one harness version, and calling into another one could fail in obscure ways (a missing method) or,
/// worse, silently behave differently.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RewrittenAssemblies
{
    /// <summary>The version rewritten assemblies must carry: the harness assembly's version.</summary>
    public static string HarnessVersion { get; } = typeof(RewrittenAssemblies).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    /// <summary>Throws when <paramref name="rewrittenFor"/> is not this harness's version.</summary>
    /// <param name="rewrittenFor">The version in the assembly's <see cref="RewrittenByHarnessAttribute"/>.</param>
    /// <param name="assembly">The rewritten assembly's name.</param>
    /// <exception cref="InvalidOperationException">The versions differ.</exception>
    public static void Verify(string rewrittenFor, string assembly)
    {
        if (!string.Equals(rewrittenFor, HarnessVersion, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(Mismatch(rewrittenFor, assembly));
        }
    }

    internal static string Mismatch(string rewrittenFor, string assembly) =>
        $"{assembly} was rewritten for Harness {rewrittenFor}, but Harness {HarnessVersion} is loaded. Its redirected call sites " +
        "may name entry points this version does not have or treat differently, so the test could fail obscurely or " +
        "explore the wrong program. Fix: rebuild the test project (dotnet build) so the rewriting runs again with this " +
        "Harness version; do not copy rewritten assemblies between builds.";
}
