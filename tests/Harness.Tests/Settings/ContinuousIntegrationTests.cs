using Harness.Settings;

namespace Harness.Tests.Settings;

public sealed class ContinuousIntegrationTests : IDisposable
{
    private readonly TempTree tree = new();

    public void Dispose() => tree.Dispose();

    [Theory]
    [InlineData("CI", "true")]
    [InlineData("CI", "TRUE")]
    [InlineData("CI", "1")]
    [InlineData("TF_BUILD", "True")]
    [InlineData("GITHUB_ACTIONS", "true")]
    [InlineData("GITLAB_CI", "true")]
    [InlineData("JENKINS_URL", "http://jenkins/")]
    [InlineData("TEAMCITY_VERSION", "2024.1")]
    [InlineData("BUILDKITE", "true")]
    [InlineData("APPVEYOR", "True")]
    [InlineData("TRAVIS", "true")]
    [InlineData("CIRCLECI", "true")]
    [InlineData("BITBUCKET_BUILD_NUMBER", "17")]
    public void A_build_server_is_recognised_by_its_variable(string variable, string value) =>
        Assert.True(SettingsResolver.IsContinuousIntegration(Variables.Of((variable, value))));

    [Theory]
    [InlineData("CI", "false")]
    [InlineData("CI", "0")]
    [InlineData("CI", "")]
    [InlineData("GITHUB_ACTIONS", "")]
    public void A_developer_machine_is_not_a_build_server(string variable, string value) =>
        Assert.False(SettingsResolver.IsContinuousIntegration(Variables.Of((variable, value))));

    [Fact]
    public void No_variables_is_not_a_build_server() =>
        Assert.False(SettingsResolver.IsContinuousIntegration(Variables.None));

    [Theory]
    [InlineData("CI", "true", "CI (CI)")]
    [InlineData("GITHUB_ACTIONS", "true", "CI (GITHUB_ACTIONS)")]
    public void Auto_accept_is_off_under_ci_even_when_every_source_turns_it_on(string variable, string value, string source)
    {
        tree.CoyoteJson(".", """{ "AutoAccept": true }""");

        var settings = SettingsResolver.Resolve(
            tree.Root, AttributeOverrides.None, Variables.Of((variable, value), ("HARNESS_AUTO_ACCEPT", "true")));

        Assert.Equal(new Setting<bool>(false, source), settings.AutoAccept);
    }

    [Fact]
    public void Auto_accept_follows_the_sources_off_ci()
    {
        string path = tree.CoyoteJson(".", """{ "AutoAccept": false }""");

        var fromFile = SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, Variables.Of(("CI", "false")));
        var fromVariable = SettingsResolver.Resolve(tree.Root, AttributeOverrides.None, Variables.Of(("HARNESS_AUTO_ACCEPT", "1")));

        Assert.Equal(new Setting<bool>(false, $"coyote.json at {path}"), fromFile.AutoAccept);
        Assert.Equal(new Setting<bool>(true, "HARNESS_AUTO_ACCEPT"), fromVariable.AutoAccept);
    }
}
