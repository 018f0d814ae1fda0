using Harness.Settings;

namespace Harness.Tests.Settings;

public sealed class TraceSettingTests : IDisposable
{
    private readonly TempTree tree = new();

    public void Dispose() => tree.Dispose();

    [Fact]
    public void Traces_are_folded_unless_a_source_asks_for_the_full_trace()
    {
        var settings = SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, Variables.None);

        Assert.False(settings.ToOptions().FullTrace);
    }

    [Fact]
    public void Trace_full_in_coyote_json_shows_every_step()
    {
        tree.CoyoteJson(".", """{ "Trace": "Full" }""");

        var settings = SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, Variables.None);

        Assert.True(settings.ToOptions().FullTrace);
    }

    [Fact]
    public void HARNESS_TRACE_overrides_coyote_json()
    {
        tree.CoyoteJson(".", """{ "Trace": "full" }""");

        var settings = SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, Variables.Of(("HARNESS_TRACE", "folded")));

        Assert.False(settings.ToOptions().FullTrace);
    }

    [Fact]
    public void An_unknown_trace_mode_is_refused_with_the_allowed_values_and_the_closest_one()
    {
        string path = tree.CoyoteJson(".", """{ "Trace": "ful" }""");

        var error = Assert.Throws<SettingsException>(() => SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, Variables.None));

        Assert.Contains("is not a trace mode", error.Message, StringComparison.Ordinal);
        Assert.Contains("Allowed: folded, full", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"full\"?", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
