using System.Reflection;

namespace Harness.Testing;

/// <summary>
/// One iteration's body for a test method: a fresh test-class instance and the method's own task, so traces
/// show only the test's code; a disposable instance is disposed when that task ends.
/// </summary>
internal static class TestBody
{
    private const BindingFlags Unwrapped = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DoNotWrapExceptions;

    internal static Func<Task> For(Type testClass, MethodInfo method, object?[] constructorArguments, object?[] arguments) => () =>
    {
        object? instance = method.IsStatic ? null : Activator.CreateInstance(testClass, Unwrapped, null, constructorArguments, null);
        var test = (Task?)method.Invoke(instance, Unwrapped, null, arguments, null) ?? Task.CompletedTask;
        return instance is IAsyncDisposable or IDisposable ? DisposeAfter(test, instance) : test;
    };

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
