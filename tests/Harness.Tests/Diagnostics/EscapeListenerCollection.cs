namespace Harness.Tests.Diagnostics;

/// <summary>
/// The escape listener is process-wide: its tests run one after another. Each asserts only on the sink of its own
/// thread, so tests of other collections running meanwhile cannot disturb it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class EscapeListenerCollection
{
    public const string Name = "Escape listener";
}
