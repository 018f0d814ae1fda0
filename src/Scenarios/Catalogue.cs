using Scenarios.P05_LostUpdate;

namespace Scenarios;

/// <summary>Every pitfall of the catalogue, in id order. The CLI and the tests enumerate this list.</summary>
public static class Catalogue
{
    /// <summary>The pitfalls written so far; each folder P<i>nn</i>_<i>Name</i> contributes one line here.</summary>
    public static IReadOnlyList<Pitfall> All { get; } =
    [
        LostUpdate.Pitfall,
    ];
}
