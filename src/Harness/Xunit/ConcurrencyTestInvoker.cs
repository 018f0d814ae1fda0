using System.Reflection;
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
    CancellationTokenSource cancellationTokenSource)
    : XunitTestInvoker(test, messageBus, testClass, constructorArguments, testMethod, testMethodArguments, beforeAfterAttributes, aggregator, cancellationTokenSource)
{
    protected override object CallTestMethod(object testClassInstance)
    {
        var attribute = (IConcurrencyAttribute?)TestMethod.GetCustomAttribute<ConcurrencyFactAttribute>()
            ?? TestMethod.GetCustomAttribute<ConcurrencyTheoryAttribute>()
            ?? throw new InvalidOperationException($"{TestMethod.Name} has no concurrency attribute.");
        var run = new ConcurrencyTestRun(attribute, Test.DisplayName, TestMethod, Body);
        run.Execute();
        return Task.CompletedTask;
    }

    /// <summary>One iteration's body: a fresh test-class instance, the method called, the instance disposed.</summary>
    private async Task Body()
    {
        const BindingFlags Unwrapped = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DoNotWrapExceptions;
        object? instance = TestMethod.IsStatic ? null : Activator.CreateInstance(TestClass, Unwrapped, null, ConstructorArguments, null);
        try
        {
            await ((Task?)TestMethod.Invoke(instance, Unwrapped, null, TestMethodArguments, null) ?? Task.CompletedTask);
        }
        finally
        {
            switch (instance)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }
}
