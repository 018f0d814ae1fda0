using Xunit.v3;

namespace Harness.Xunit;

/// <summary>xUnit's case runner, with the test runner swapped for one that explores schedules.</summary>
internal sealed class ConcurrencyTestCaseRunner : XunitTestCaseRunner
{
    private ConcurrencyTestCaseRunner()
    {
    }

    internal static new ConcurrencyTestCaseRunner Instance { get; } = new();

    protected override ValueTask<RunSummary> RunTest(XunitTestCaseRunnerContext ctxt, IXunitTest test) =>
        ConcurrencyTestRunner.Instance.Run(test, ctxt.MessageBus, ctxt.ConstructorArguments, ctxt.ExplicitOption, ctxt.Aggregator.Clone(), ctxt.CancellationTokenSource, ctxt.BeforeAfterTestAttributes);
}
