using System.Runtime.CompilerServices;

namespace Harness.Interception;

/// <summary>
/// <c>ConfigureAwait(false)</c> and the span overloads of <c>WhenAll</c>/<c>WhenAny</c>. Inside a harness run
/// <c>ConfigureAwait(false)</c> keeps the captured context: the continuation then comes back through the step's
/// controlled context instead of the thread pool, which is the only difference the caller could observe anyway.
/// </summary>
public static partial class TaskCalls
{
    /// <summary>Stands in for <see cref="Task.ConfigureAwait(bool)"/>.</summary>
    /// <param name="task">The awaited task.</param>
    /// <param name="continueOnCapturedContext">False to continue on the thread pool (outside a harness run).</param>
    /// <param name="site">The call site.</param>
    /// <returns>The configured awaitable.</returns>
    public static ConfiguredTaskAwaitable ConfigureAwait(Task task, bool continueOnCapturedContext, string site)
    {
        ArgumentNullException.ThrowIfNull(task);
        _ = site;
        return task.ConfigureAwait(continueOnCapturedContext || Controlled.IsActive);
    }

    /// <summary>Stands in for <see cref="Task.ConfigureAwait(ConfigureAwaitOptions)"/>.</summary>
    /// <param name="task">The awaited task.</param>
    /// <param name="options">How to await.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The configured awaitable.</returns>
    public static ConfiguredTaskAwaitable ConfigureAwait(Task task, ConfigureAwaitOptions options, string site)
    {
        ArgumentNullException.ThrowIfNull(task);
        _ = site;
        return task.ConfigureAwait(Controlled.IsActive ? options | ConfigureAwaitOptions.ContinueOnCapturedContext : options);
    }

    /// <summary>Stands in for <see cref="Task{TResult}.ConfigureAwait(bool)"/>.</summary>
    /// <typeparam name="TResult">The task's result type.</typeparam>
    /// <param name="task">The awaited task.</param>
    /// <param name="continueOnCapturedContext">False to continue on the thread pool (outside a harness run).</param>
    /// <param name="site">The call site.</param>
    /// <returns>The configured awaitable.</returns>
    public static ConfiguredTaskAwaitable<TResult> ConfigureAwait<TResult>(Task<TResult> task, bool continueOnCapturedContext, string site)
    {
        ArgumentNullException.ThrowIfNull(task);
        _ = site;
        return task.ConfigureAwait(continueOnCapturedContext || Controlled.IsActive);
    }

    /// <summary>Stands in for <see cref="Task{TResult}.ConfigureAwait(ConfigureAwaitOptions)"/>.</summary>
    /// <typeparam name="TResult">The task's result type.</typeparam>
    /// <param name="task">The awaited task.</param>
    /// <param name="options">How to await.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The configured awaitable.</returns>
    public static ConfiguredTaskAwaitable<TResult> ConfigureAwait<TResult>(Task<TResult> task, ConfigureAwaitOptions options, string site)
    {
        ArgumentNullException.ThrowIfNull(task);
        _ = site;
        return task.ConfigureAwait(Controlled.IsActive ? options | ConfigureAwaitOptions.ContinueOnCapturedContext : options);
    }

    /// <summary>Stands in for <see cref="Task.WhenAll(ReadOnlySpan{Task})"/>, which <c>Task.WhenAll(a, b)</c> binds to since C# 13.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when all have.</returns>
    public static Task WhenAll(ReadOnlySpan<Task> tasks, string site)
    {
        _ = site;
        return Controlled.IsActive ? Task.WhenAll(tasks.ToArray()) : Task.WhenAll(tasks);
    }

    /// <summary>Stands in for <see cref="Task.WhenAll{TResult}(ReadOnlySpan{Task{TResult}})"/>.</summary>
    /// <typeparam name="TResult">The tasks' result type.</typeparam>
    /// <param name="tasks">The tasks.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with every result, in order.</returns>
    public static Task<TResult[]> WhenAll<TResult>(ReadOnlySpan<Task<TResult>> tasks, string site)
    {
        _ = site;
        return Controlled.IsActive ? Task.WhenAll(tasks.ToArray()) : Task.WhenAll(tasks);
    }

    /// <summary>Stands in for <see cref="Task.WhenAny(ReadOnlySpan{Task})"/>.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The first task to complete.</returns>
    public static Task<Task> WhenAny(ReadOnlySpan<Task> tasks, string site)
    {
        _ = site;
        return Controlled.IsActive ? Task.WhenAny(tasks.ToArray()) : Task.WhenAny(tasks);
    }

    /// <summary>Stands in for <see cref="Task.WhenAny{TResult}(ReadOnlySpan{Task{TResult}})"/>.</summary>
    /// <typeparam name="TResult">The tasks' result type.</typeparam>
    /// <param name="tasks">The tasks.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The first task to complete.</returns>
    public static Task<Task<TResult>> WhenAny<TResult>(ReadOnlySpan<Task<TResult>> tasks, string site)
    {
        _ = site;
        return Controlled.IsActive ? Task.WhenAny(tasks.ToArray()) : Task.WhenAny(tasks);
    }

    /// <summary>Stands in for <see cref="Task.WhenAny(Task, Task)"/>.</summary>
    /// <param name="task1">The first task.</param>
    /// <param name="task2">The second task.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The first task to complete.</returns>
    public static Task<Task> WhenAny(Task task1, Task task2, string site)
    {
        _ = site;
        return Controlled.IsActive ? Task.WhenAny([task1, task2]) : Task.WhenAny(task1, task2);
    }

    /// <summary>Stands in for <see cref="Task.WhenAny{TResult}(Task{TResult}, Task{TResult})"/>.</summary>
    /// <typeparam name="TResult">The tasks' result type.</typeparam>
    /// <param name="task1">The first task.</param>
    /// <param name="task2">The second task.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The first task to complete.</returns>
    public static Task<Task<TResult>> WhenAny<TResult>(Task<TResult> task1, Task<TResult> task2, string site)
    {
        _ = site;
        return Controlled.IsActive ? Task.WhenAny([task1, task2]) : Task.WhenAny(task1, task2);
    }
}
