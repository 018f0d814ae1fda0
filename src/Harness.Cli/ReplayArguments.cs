namespace Harness.Cli;

/// <summary>The arguments of <c>harness replay</c>: the snapshot, then <c>--assembly &lt;dll&gt;</c> and <c>--diagram</c> in any order.</summary>
internal sealed record ReplayArguments(string Snapshot, string? Assembly, bool Diagram)
{
    internal static ReplayArguments? TryParse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            return null;
        }

        string? assembly = null;
        bool diagram = false;
        for (int i = 1; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--assembly" when assembly is null && i + 1 < args.Count:
                    assembly = args[++i];
                    break;
                case "--diagram" when !diagram:
                    diagram = true;
                    break;
                default:
                    return null;
            }
        }

        return new ReplayArguments(args[0], assembly, diagram);
    }
}
