using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Harness.Xunit;

/// <summary>xUnit's test runner, with the invoker swapped for one that runs the body under the harness.</summary>
internal sealed class ConcurrencyTestRunner(
    ITest test,
    IMessageBus messageBus,
    Type testClass,
    object[] constructorArguments,
    MethodInfo testMethod,
    object[] testMethodArguments,
    string skipReason,
    IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes,
    ExceptionAggregator aggregator,
    CancellationTokenSource cancellationTokenSource)
    : XunitTestRunner(test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments, skipReason, beforeAfterAttributes, aggregator, cancellationTokenSource)
{
    private string? note;

    // A passing run's note (how much of a regression schedule still applied) becomes the test's output, which
    // runners show with the result (dotnet test --logger "console;verbosity=detailed").
    protected override async Task<Tuple<decimal, string>> InvokeTestAsync(ExceptionAggregator aggregator)
    {
        var (time, output) = await base.InvokeTestAsync(aggregator).ConfigureAwait(false);
        return Tuple.Create(time, note is null ? output : string.Concat(output, note, "\n"));
    }

    protected override Task<decimal> InvokeTestMethodAsync(ExceptionAggregator aggregator) =>
        new ConcurrencyTestInvoker(Test, MessageBus, TestClass, ConstructorArguments, TestMethod, TestMethodArguments, BeforeAfterAttributes, aggregator, CancellationTokenSource, text => note = text).RunAsync();
}
