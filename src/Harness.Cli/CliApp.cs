using Scenarios;
using Scenarios.Synchronous;

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
          replay <snapshot> [--assembly <Tests.dll>] [--diagram]
                      run exactly the schedule recorded in a .schedule.received.txt or .schedule.verified.txt
                      file, print its trace and verdict; the test is found in --assembly, or else in the
                      newest build of the project the snapshot file sits in. --diagram prints the schedule
                      as a Mermaid sequence diagram in a Markdown fence instead of the trace (the rest goes
                      to stderr, so the output can be redirected into a .md file)
          help        show this text

        exit codes: 0 as expected (catalogue) or reproduced (replay), 1 not, 2 bad command or input
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
                return new CatalogueCommand([.. Catalogue.All, .. SynchronousCatalogue.All], new ExplorationOptions(), output).Run();
            case "replay" when ReplayArguments.TryParse(args.Skip(1).ToList()) is { } replay:
                return new ReplayCommand(replay.Snapshot, replay.Assembly, output, error) { Diagram = replay.Diagram }.Run();
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
