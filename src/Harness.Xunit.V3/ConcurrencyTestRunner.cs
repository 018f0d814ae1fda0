using Harness.Testing;
using Xunit;
using Xunit.v3;

namespace Harness.Xunit;

/// <summary>
/// xUnit's test runner, calling the test method once per iteration under the controlled scheduler, each time on a
/// fresh instance of the test class (xUnit's own instance only hosts the before/after attributes and is never called).
/// </summary>
internal sealed class ConcurrencyTestRunner : XunitTestRunner
{
    private ConcurrencyTestRunner()
    {
    }

    internal static new ConcurrencyTestRunner Instance { get; } = new();

    protected override object? InvokeTestMethod(XunitTestRunnerContext ctxt, object? testClassInstance)
    {
        var method = ctxt.TestMethod;
        var attribute = IConcurrencyAttribute.Of(method)
            ?? throw new InvalidOperationException($"{method.Name} has no concurrency attribute.");
        object?[] arguments = ctxt.TestMethodArguments;
        var run = new ConcurrencyTestRun(attribute, method, arguments!, TestBody.For(ctxt.Test.TestMethod.TestClass.Class, method, ctxt.ConstructorArguments, arguments));
        try
        {
            run.Execute();
        }
        catch (TestRunFailure failure)
        {
            throw new ConcurrencyBugException(failure.Message) { Bug = failure.Bug };
        }

        // A passing run's note (how much of a regression schedule still applied) becomes the test's output.
        if (run.Note is { } note)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(note);
        }

        return Task.CompletedTask;
    }
}
