using System.Collections.Concurrent;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Harness.Tests.Xunit;

/// <summary>What xUnit reported for one test: its display name, whether it passed, the failure message and its output.</summary>
internal sealed record SampleOutcome(string DisplayName, bool Passed, string Message, string Output = "");

/// <summary>
/// Discovers and runs sample test classes through xUnit's own framework (the same discoverers, runners and
/// message bus `dotnet test` uses), in this process, and collects the outcomes.
/// </summary>
internal static class InProcessXunit
{
    internal static IReadOnlyList<ITestCase> Discover(Type testClass)
    {
        var sink = new CollectingSink();
        using var framework = new XunitTestFramework(sink);
        using var discoverer = framework.GetDiscoverer(Reflector.Wrap(testClass.Assembly));
        discoverer.Find(testClass.FullName!, includeSourceInformation: false, sink, new Options());
        sink.Finished.Wait();
        return [.. sink.TestCases.OrderBy(c => c.DisplayName, StringComparer.Ordinal)];
    }

    /// <summary>Runs the tests of <paramref name="testClass"/> whose method name is in <paramref name="methods"/> (all when empty).</summary>
    internal static IReadOnlyList<SampleOutcome> Run(Type testClass, params string[] methods) =>
        Execute(testClass.Assembly, [.. Discover(testClass).Where(c => methods.Length == 0 || methods.Contains(c.TestMethod.Method.Name))]);

    /// <summary>Runs every test of the given classes in one run, so xUnit runs the classes in parallel.</summary>
    internal static IReadOnlyList<SampleOutcome> RunTogether(params Type[] testClasses) =>
        Execute(testClasses[0].Assembly, [.. testClasses.SelectMany(Discover)]);

    private static IReadOnlyList<SampleOutcome> Execute(System.Reflection.Assembly assembly, List<ITestCase> testCases)
    {
        var sink = new CollectingSink();
        using var framework = new XunitTestFramework(sink);
        using var executor = framework.GetExecutor(assembly.GetName());
        executor.RunTests(testCases, sink, new Options());
        sink.Finished.Wait();
        return [.. sink.Outcomes.OrderBy(o => o.DisplayName, StringComparer.Ordinal)];
    }

    internal static SampleOutcome RunOne(Type testClass, string method) => Assert.Single(Run(testClass, method));

    private sealed class CollectingSink : LongLivedMarshalByRefObject, IMessageSink
    {
        internal ConcurrentBag<ITestCase> TestCases { get; } = [];

        internal ConcurrentBag<SampleOutcome> Outcomes { get; } = [];

        internal ManualResetEventSlim Finished { get; } = new();

        public bool OnMessage(IMessageSinkMessage message)
        {
            switch (message)
            {
                case ITestCaseDiscoveryMessage discovered:
                    TestCases.Add(discovered.TestCase);
                    break;
                case ITestPassed passed:
                    Outcomes.Add(new SampleOutcome(passed.Test.DisplayName, true, "", passed.Output));
                    break;
                case ITestFailed failed:
                    Outcomes.Add(new SampleOutcome(failed.Test.DisplayName, false, string.Join("\n", failed.Messages)));
                    break;
                case IDiscoveryCompleteMessage or ITestAssemblyFinished:
                    Finished.Set();
                    break;
            }

            return true;
        }
    }

    private sealed class Options : ITestFrameworkDiscoveryOptions, ITestFrameworkExecutionOptions
    {
        private readonly Dictionary<string, object?> values = new()
        {
            ["xunit.discovery.PreEnumerateTheories"] = true,
            ["xunit.execution.DisableParallelization"] = false,
        };

        public TValue GetValue<TValue>(string name) => values.TryGetValue(name, out object? value) && value is TValue typed ? typed : default!;

        public void SetValue<TValue>(string name, TValue value) => values[name] = value;
    }
}
