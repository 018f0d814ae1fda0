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
        var run = new ConcurrencyTestRun(attribute, TestMethod, TestMethodArguments, Body);
        run.Execute();
        return Task.CompletedTask;
    }

    /// <summary>
    /// One iteration's body: a fresh test-class instance and the method's own task, so traces show only the
    /// test's code; a disposable instance is disposed when that task ends.
    /// </summary>
    private Task Body()
    {
        const BindingFlags Unwrapped = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DoNotWrapExceptions;
        object? instance = TestMethod.IsStatic ? null : Activator.CreateInstance(TestClass, Unwrapped, null, ConstructorArguments, null);
        var test = (Task?)TestMethod.Invoke(instance, Unwrapped, null, TestMethodArguments, null) ?? Task.CompletedTask;
        return instance is IAsyncDisposable or IDisposable ? DisposeAfter(test, instance) : test;
    }

    private static async Task DisposeAfter(Task test, object instance)
    {
        try
        {
            await test;
        }
        finally
        {
            if (instance is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync();
            }
            else
            {
                ((IDisposable)instance).Dispose();
            }
        }
    }
}
