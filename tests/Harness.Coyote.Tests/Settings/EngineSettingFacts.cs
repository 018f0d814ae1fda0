using System.Text.Json;
using Harness.Settings;
using Harness.Testing;

namespace Harness.Coyote.Tests.Settings;

public sealed class EngineSettingFacts
{
    [Fact]
    public void The_default_engine_is_the_harness_s_own()
    {
        var settings = SettingsResolver.Resolve(AppContext.BaseDirectory, AttributeOverrides.None, _ => null);

        Assert.Equal("harness", settings.Engine.Value);
    }

    [Fact]
    public void A_misspelt_engine_on_the_attribute_is_rejected_with_the_closest_name()
    {
        var error = Assert.Throws<SettingsException>(() => new AttributeOverrides { Engine = "coyot" }.ToLayer());

        Assert.Equal("Engine \"coyot\" on the [ConcurrencyFact] attribute is not an engine the harness knows. Allowed: harness, coyote. Did you mean \"coyote\"? Fix: set Engine to one of the allowed values.", error.Message);
    }

    [Fact]
    public void A_misspelt_HARNESS_ENGINE_is_rejected_with_the_closest_name()
    {
        var error = Assert.Throws<SettingsException>(() => EnvironmentSettings.Read(name => name == "HARNESS_ENGINE" ? "harnes" : null));

        Assert.Contains("HARNESS_ENGINE \"harnes\" in the environment is not an engine the harness knows", error.Message, StringComparison.Ordinal);
        Assert.Contains("Did you mean \"harness\"?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_coyote_json_Engine_key_selects_Coyote_in_any_case()
    {
        using var json = JsonDocument.Parse("{ \"Engine\": \"Coyote\" }");

        var layer = CoyoteJsonSettings.Read("/x/coyote.json", json.RootElement);

        Assert.Equal("coyote", layer.Engine?.Value);
    }

    [Fact]
    public void The_attribute_wins_over_HARNESS_ENGINE()
    {
        var settings = SettingsResolver.Resolve(AppContext.BaseDirectory, new AttributeOverrides { Engine = "harness" }, name => name == "HARNESS_ENGINE" ? "coyote" : null);

        Assert.Equal(("harness", SettingSources.Attribute), (settings.Engine.Value, settings.Engine.Source));
    }

    [Fact]
    public void A_missing_adapter_names_the_reference_and_the_rewrite_step_to_add()
    {
        var engine = new Setting<string>("coyote", "HARNESS_ENGINE");

        var failure = Assert.Throws<TestRunFailure>(() => OtherEngines.Load("T.M", engine, "Harness.Coyote.Absent"));

        Assert.StartsWith("T.M: Engine is \"coyote\" (HARNESS_ENGINE), but the Coyote adapter, assembly Harness.Coyote.Absent, is not part of this test run", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Fix: add <ProjectReference Include=\"path/to/src/Harness.Coyote/Harness.Coyote.csproj\" />", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Harness.Coyote.targets", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_adapter_is_found_by_name_when_the_test_project_references_it()
    {
        Assert.IsType<CoyoteEngine>(OtherEngines.Load("T.M", new Setting<string>("coyote", SettingSources.Attribute)));
    }

    [Fact]
    public void A_strategy_Coyote_does_not_have_is_refused_rather_than_replaced()
    {
        var settings = EffectiveSettings.Defaults with { Strategy = new(SchedulingStrategy.Exhaustive, SettingSources.Attribute) };

        var failure = Assert.Throws<TestRunFailure>(() => CoyoteSettings.Explore("T.M", settings));

        Assert.Equal("T.M: the harness settings cannot run under Coyote. Strategy \"exhaustive\" (attribute) has no Coyote counterpart: Coyote has no such strategy. Fix: set Strategy to one of random, pct, portfolio, or set Engine to \"harness\".", failure.Message);
    }
}
