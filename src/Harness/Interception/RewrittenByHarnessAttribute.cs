namespace Harness.Interception;

/// <summary>
/// Marks an assembly the build-time rewriter has rewritten, with the version of the harness whose entry points it
/// calls. The rewriter leaves a marked assembly alone (rewriting twice is a no-op).
/// </summary>
/// <param name="version">The harness assembly version the rewritten call sites were made for.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class RewrittenByHarnessAttribute(string version) : Attribute
{
    /// <summary>The harness assembly version the rewritten call sites were made for.</summary>
    public string Version { get; } = version;
}
