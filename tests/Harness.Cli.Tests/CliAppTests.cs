namespace Harness.Cli.Tests;

public sealed class CliAppTests
{
    [Theory]
    [InlineData("bogus")]
    [InlineData("catalogue", "extra")]
    [InlineData("Catalogue")]
    public void Unknown_commands_print_usage_and_exit_with_2(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exitCode = CliApp.Run(args, output, error);

        Assert.Equal(2, exitCode);
        Assert.Empty(output.ToString());
        Assert.Contains("unknown command: " + string.Join(' ', args), error.ToString(), StringComparison.Ordinal);
        Assert.Contains("usage: harness [command]", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_prints_usage_and_succeeds(string command)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, CliApp.Run([command], output, error));
        Assert.Contains("catalogue", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void No_arguments_runs_the_catalogue()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        int exitCode = CliApp.Run([], output, error);

        Assert.Equal(0, exitCode);
        Assert.Contains("catalogue: ", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(error.ToString());
    }
}
