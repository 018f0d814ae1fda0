using System.Diagnostics;
using Harness.Benchmarks;

// Usage: dotnet run -c Release --project tests/Harness.Benchmarks [throughput|profile|iterations-to-bug|hard-bugs [seeds]]
// hard-bugs (issue 15) is CPU-heavy and runs only when named.
string[] families = ["throughput", "profile", "iterations-to-bug", "hard-bugs"];
int hardBugSeeds = 100;
bool validSeeds = args.Length == 2 && args[0] == "hard-bugs" && int.TryParse(args[1], out hardBugSeeds) && hardBugSeeds > 0;
if ((args.Length > 1 && !validSeeds) || (args.Length == 1 && !families.Contains(args[0])))
{
    await Console.Error.WriteLineAsync($"usage: Harness.Benchmarks [{string.Join('|', families)}]  (no argument runs all but hard-bugs; hard-bugs takes an optional seed count, default 100)");
    return 2;
}

bool Runs(string family) => (args.Length == 0 && family != "hard-bugs") || (args.Length > 0 && args[0] == family);
var clock = Stopwatch.StartNew();

// Before any exploration: the first one starts the escape listener for the rest of the process.
var baseline = Runs("throughput") || Runs("profile") ? UncontrolledBaseline.Take() : null;

if (Runs("throughput"))
{
    ThroughputBenchmarks.Run(baseline!);
}

if (Runs("profile"))
{
    ProfileBenchmarks.Run(baseline!);
}

if (Runs("iterations-to-bug"))
{
    IterationsToBugBenchmarks.Run();
}

if (Runs("hard-bugs"))
{
    Harness.Benchmarks.HardBugs.HardBugBenchmarks.Run(hardBugSeeds);
}

await Console.Error.WriteLineAsync($"(benchmarks took {clock.Elapsed.TotalSeconds:0} s)");
return 0;
