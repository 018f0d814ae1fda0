using System.Reflection;
using Harness.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Harness.Xunit;

/// <summary>
/// Calls the test method once per iteration under the controlled scheduler, each time on a fresh instance of the
/// test class (xUnit's own instance only hosts the before/after attributes and is never called).
/// </summary>
internal sealed class ConcurrencyTestInvoker(
    ITest test,
    IMessageBus messageBus,
    Type testClass,
    object[] constructorArguments,
    MethodInfo testMethod,
    object[] testMethodArguments,
    IReadOnlyList<BeforeAfterTestAttribute> beforeAfterAttributes,
    ExceptionAggregator aggregator,
    CancellationTokenSource cancellationTokenSource,
    Action<string> note)
    : XunitTestInvoker(test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments, beforeAfterAttributes, aggregator, cancellationTokenSource)
{
    protected override object CallTestMethod(object testClassInstance)
    {
        var attribute = IConcurrencyAttribute.Of(TestMethod)
            ?? throw new InvalidOperationException($"{TestMethod.Name} has no concurrency attribute.");
        var run = new ConcurrencyTestRun(attribute, TestMethod, TestMethodArguments, TestBody.For(TestClass, TestMethod, ConstructorArguments, TestMethodArguments));
        try
        {
            run.Execute();
        }
        catch (TestRunFailure failure)
        {
            throw new ConcurrencyBugException(failure.Message) { Bug = failure.Bug };
        }

        if (run.Note is { } text)
        {
            note(text);
        }
        return Task.CompletedTask;
    }
}
