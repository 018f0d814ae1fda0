namespace Harness.Interception;

/// <summary>
/// Hooks the rewriter inserts before reads and writes of instrumented fields, so synchronous code gets scheduling
/// points (and the data-race detector sees each access). Outside a harness run they do nothing.
/// </summary>
public static class SharedMemoryCalls
{
    /// <summary>Called just before a field is read.</summary>
    /// <param name="owner">The object holding the field; null for a static field.</param>
    /// <param name="field">The field, as <c>Type.Field</c>.</param>
    /// <param name="site">The access site ("File.cs:42").</param>
    public static void OnRead(object? owner, string field, string site)
    {
        _ = (owner, field, site);
    }

    /// <summary>Called just before a field is written.</summary>
    /// <param name="owner">The object holding the field; null for a static field.</param>
    /// <param name="field">The field, as <c>Type.Field</c>.</param>
    /// <param name="site">The access site ("File.cs:42").</param>
    public static void OnWrite(object? owner, string field, string site)
    {
        _ = (owner, field, site);
    }
}
