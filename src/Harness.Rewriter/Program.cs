using Harness.Rewriter.Build;
using Harness.Rewriter.Rewriting;

namespace Harness.Rewriter;

/// <summary>
/// <c>dotnet Harness.Rewriter.dll build --config coyote.json --references refs.txt --out-dir obj/x [--key k.snk] [--stamp f]</c>
/// (what the MSBuild target runs), or <c>rewrite --harness Harness.dll --in a.dll --out b.dll [--key k.snk]</c> for one file.
/// Errors are printed in MSBuild's canonical form so the build shows them as errors.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var options = Options(args.Skip(1));
        string origin = options.GetValueOrDefault("config") ?? options.GetValueOrDefault("in") ?? "Harness.Rewriter";
        try
        {
            byte[]? key = options.TryGetValue("key", out var keyPath) && keyPath.Length > 0 ? File.ReadAllBytes(keyPath) : null;
            switch (args.FirstOrDefault())
            {
                case "build":
                    var request = new BuildRequest(Required(options, "config"), File.ReadAllLines(Required(options, "references")).Where(l => l.Length > 0).ToList(), Required(options, "out-dir"), key);
                    var outcome = BuildCommand.Run(request);
                    File.WriteAllLines(Path.Combine(request.OutputDirectory, "replaced.txt"), outcome.Replaced);
                    File.WriteAllLines(Path.Combine(request.OutputDirectory, "replacements.txt"), outcome.Replacements);
                    foreach (string line in outcome.Log)
                    {
                        Console.WriteLine("Harness.Rewriter: " + line);
                    }

                    if (options.TryGetValue("stamp", out var stamp))
                    {
                        File.WriteAllLines(stamp, outcome.Log);
                    }

                    return 0;
                case "rewrite":
                    var result = new AssemblyRewriter(Required(options, "harness"), options.GetValueOrDefault("marker-version"))
                        .Rewrite(Required(options, "in"), Required(options, "out"), key);
                    Console.WriteLine($"Harness.Rewriter: {result}");
                    return 0;
                default:
                    Console.Error.WriteLine("usage: Harness.Rewriter build --config <coyote.json> --references <file> --out-dir <dir> [--key <snk>] [--stamp <file>]");
                    Console.Error.WriteLine("       Harness.Rewriter rewrite --harness <Harness.dll> --in <a.dll> --out <b.dll> [--key <snk>]");
                    return 2;
            }
        }
        catch (RewriteException e)
        {
            Console.Error.WriteLine($"{origin} : error HRW001 : {e.Message}");
            return 1;
        }
    }

    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? pending = null;
        foreach (string arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                pending = arg[2..];
                options[pending] = "";
            }
            else if (pending is not null)
            {
                options[pending] = arg;
                pending = null;
            }
        }

        return options;
    }

    private static string Required(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new RewriteException($"the option --{name} is missing", "the rewriter cannot run without it", $"pass --{name} <value>");
}
