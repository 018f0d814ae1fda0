using Scenarios;

namespace Harness.Cli;

/// <summary>Picks the command from the arguments; the writers are parameters so tests can read the output.</summary>
internal static class CliApp
{
    internal const string UsageText =
        """
        usage: harness [command]

        commands:
          catalogue   run every pitfall of the catalogue: the buggy variant must be found with its expected
                      verdict, the fixed variant must pass every explored schedule (the default command)
          help        show this text

        exit codes: 0 all pitfalls behave as expected, 1 at least one does not, 2 unknown command
        """;

    internal static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string command = args.Count == 0 ? "catalogue" : args[0];
        switch (command)
        {
            case "catalogue" when args.Count <= 1:
                return new CatalogueCommand(Catalogue.All, new ExplorationOptions(), output).Run();
            case "help" or "--help" or "-h" when args.Count == 1:
                output.WriteLine(UsageText);
                return ExitCodes.Success;
            default:
                error.WriteLine($"unknown command: {string.Join(' ', args)}");
                error.WriteLine(UsageText);
                return ExitCodes.Usage;
        }
    }
}
