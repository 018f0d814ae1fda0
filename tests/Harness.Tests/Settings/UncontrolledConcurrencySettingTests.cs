using Harness.Settings;

namespace Harness.Tests.Settings;

/// <summary>"UncontrolledConcurrency": "report" | "allow", in coyote.json, HARNESS_UNCONTROLLED_CONCURRENCY and the attribute.</summary>
public sealed class UncontrolledConcurrencySettingTests : IDisposable
{
    private readonly TempTree tree = new();

    public void Dispose() => tree.Dispose();

    [Fact]
    public void By_default_uncontrolled_work_is_reported()
    {
        var settings = SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, Variables.None);

        Assert.Equal(new Setting<UncontrolledConcurrencyMode>(UncontrolledConcurrencyMode.Report, "default"), settings.UncontrolledConcurrency);
        Assert.DoesNotContain("uncontrolled", settings.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Coyote_json_allow_in_any_case_reaches_the_options_and_their_description()
    {
        string path = tree.CoyoteJson(".", """{ "uncontrolledconcurrency": "ALLOW" }""");

        var settings = SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, Variables.None);

        Assert.Equal(UncontrolledConcurrencyMode.Allow, settings.ToOptions().UncontrolledConcurrency);
        Assert.Contains($"UncontrolledConcurrency = allow (coyote.json at {path})", settings.DescribeSources(), StringComparison.Ordinal);
        Assert.EndsWith(" uncontrolled=allow", settings.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_attribute_beats_the_variable_which_beats_the_file()
    {
        tree.CoyoteJson(".", """{ "UncontrolledConcurrency": "allow" }""");
        var environment = Variables.Of(("HARNESS_UNCONTROLLED_CONCURRENCY", "report"));

        var fromVariable = SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, environment);
        var fromAttribute = SettingsResolver.Resolve(tree.Root, new AttributeOverrides { UncontrolledConcurrency = UncontrolledConcurrencyMode.Allow }, environment);

        Assert.Equal(new Setting<UncontrolledConcurrencyMode>(UncontrolledConcurrencyMode.Report, "HARNESS_UNCONTROLLED_CONCURRENCY"), fromVariable.UncontrolledConcurrency);
        Assert.Equal(new Setting<UncontrolledConcurrencyMode>(UncontrolledConcurrencyMode.Allow, "attribute"), fromAttribute.UncontrolledConcurrency);
    }

    [Fact]
    public void A_misspelt_value_lists_the_allowed_ones_and_suggests_the_closest()
    {
        string path = tree.CoyoteJson(".", """{ "UncontrolledConcurrency": "alow" }""");

        var error = Assert.Throws<SettingsException>(() => SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, Variables.None));

        Assert.Equal(
            $"UncontrolledConcurrency \"alow\" in {path} is not report or allow. Allowed: report, allow. Did you mean \"allow\"? Fix: set \"UncontrolledConcurrency\" to one of the allowed values.",
            error.Message);
    }
}
