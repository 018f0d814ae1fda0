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
          snapshots [--check | --prune] --assembly <Tests.dll> [--folder <dir>]
                      list the .schedule.verified.txt files under the test project's folder (recorded in the
                      assembly, or --folder) that no concurrency test of the assembly reads any more: the test
                      was renamed, moved or deleted; --check exits 1 when there is one, --prune deletes them
          help        show this text

        exit codes: 0 as expected (catalogue), reproduced (replay) or no orphan (snapshots --check), 1 not,
                    2 bad command or input
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
            case "snapshots" when SnapshotsArguments(args) is { } parsed:
                return new SnapshotsCommand(parsed.Mode, parsed.Assembly, parsed.Folder, output, error).Run();
            case "help" or "--help" or "-h" when args.Count == 1:
                output.WriteLine(UsageText);
                return ExitCodes.Success;
            default:
                error.WriteLine($"unknown command: {string.Join(' ', args)}");
                error.WriteLine(UsageText);
                return ExitCodes.Usage;
        }
    }

    private static (string Mode, string Assembly, string? Folder)? SnapshotsArguments(IReadOnlyList<string> args)
    {
        string mode = "--list";
        string? assembly = null;
        string? folder = null;
        for (int i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--check" or "--prune" when mode == "--list":
                    mode = args[i];
                    break;
                case "--assembly" when i + 1 < args.Count && assembly is null:
                    assembly = args[++i];
                    break;
                case "--folder" when i + 1 < args.Count && folder is null:
                    folder = args[++i];
                    break;
                default:
                    return null;
            }
        }

        return assembly is null ? null : (mode, assembly, folder);
    }
}
