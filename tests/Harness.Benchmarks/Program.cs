using System.Diagnostics;
using Harness.Benchmarks;

// Usage: dotnet run -c Release --project tests/Harness.Benchmarks [throughput|profile|iterations-to-bug]
string[] families = ["throughput", "profile", "iterations-to-bug"];
if (args.Length > 1 || (args.Length == 1 && !families.Contains(args[0])))
{
    await Console.Error.WriteLineAsync($"usage: Harness.Benchmarks [{string.Join('|', families)}]  (no argument runs them all)");
    return 2;
}

bool Runs(string family) => args.Length == 0 || args[0] == family;
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

await Console.Error.WriteLineAsync($"(benchmarks took {clock.Elapsed.TotalSeconds:0} s)");
return 0;
