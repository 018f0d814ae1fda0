using Harness.Hybrid;

namespace Harness.Interception;

/// <summary>
/// Hooks the rewriter inserts before reads and writes of instrumented fields, and before calls on the non-thread-safe
/// collections (Dictionary, List, HashSet: <c>OnRead(collection, "Dictionary", site)</c> before a lookup,
/// <c>OnWrite</c> before a mutation), so synchronous code gets scheduling points and the data-race detector sees
/// each access. Accesses race only on the same owner and the same name. Outside a harness run they do nothing.
/// </summary>
public static class SharedMemoryCalls
{
    /// <summary>Called just before a field is read.</summary>
    /// <param name="owner">The object holding the field; null for a static field.</param>
    /// <param name="field">The field, as <c>Type.Field</c>.</param>
    /// <param name="site">The access site ("File.cs:42").</param>
    public static void OnRead(object? owner, string field, string site) => SyncPoints.Access(owner, field, write: false, site);

    /// <summary>Called just before a field is written.</summary>
    /// <param name="owner">The object holding the field; null for a static field.</param>
    /// <param name="field">The field, as <c>Type.Field</c>.</param>
    /// <param name="site">The access site ("File.cs:42").</param>
    public static void OnWrite(object? owner, string field, string site) => SyncPoints.Access(owner, field, write: true, site);
}
