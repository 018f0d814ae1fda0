using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="Task"/>'s static and instance methods. Inside a harness run <c>Task.Run</c>
/// starts a controlled operation named after the method group, or "Task.Run at File.cs:42" for a lambda; outside
/// a run every method is exactly the <see cref="Task"/> method it stands in for. <c>site</c> is the call site
/// ("File.cs:42") pushed by the rewriter.
/// </summary>
public static partial class TaskCalls
{
    /// <summary>Stands in for <see cref="Task.Run(Action)"/>.</summary>
    /// <param name="action">The work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work has run.</returns>
    public static Task Run(Action action, string site) => Run(action, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.Run(Action, CancellationToken)"/>.</summary>
    /// <param name="action">The work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work has run.</returns>
    public static Task Run(Action action, CancellationToken cancellationToken, string site)
    {
        if (ControlledRuntime.Active is not { } runtime)
        {
            return Task.Run(action, cancellationToken);
        }

        ArgumentNullException.ThrowIfNull(action);
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled(cancellationToken)
            : StartDirectly(runtime, action, site, new Task(action, cancellationToken, TaskCreationOptions.DenyChildAttach));
    }

    /// <summary>Stands in for <see cref="Task.Run(Func{Task})"/>.</summary>
    /// <param name="function">The asynchronous work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work's task completes.</returns>
    public static Task Run(Func<Task?> function, string site) => Run(function, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.Run(Func{Task}, CancellationToken)"/>.</summary>
    /// <param name="function">The asynchronous work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work's task completes.</returns>
    public static Task Run(Func<Task?> function, CancellationToken cancellationToken, string site)
    {
        if (ControlledRuntime.Active is not { } runtime)
        {
            return Task.Run(function, cancellationToken);
        }

        ArgumentNullException.ThrowIfNull(function);
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled(cancellationToken)
            : Start(runtime, function, site, () => function() ?? Task.FromCanceled(new CancellationToken(true)), cancellationToken);
    }

    /// <summary>Stands in for <see cref="Task.Run{TResult}(Func{TResult})"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="function">The work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> Run<TResult>(Func<TResult> function, string site) => Run(function, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.Run{TResult}(Func{TResult}, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="function">The work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> Run<TResult>(Func<TResult> function, CancellationToken cancellationToken, string site)
    {
        if (ControlledRuntime.Active is not { } runtime)
        {
            return Task.Run(function, cancellationToken);
        }

        ArgumentNullException.ThrowIfNull(function);
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<TResult>(cancellationToken)
            : StartDirectly(runtime, function, site, new Task<TResult>(function, cancellationToken, TaskCreationOptions.DenyChildAttach));
    }

    /// <summary>Stands in for <see cref="Task.Run{TResult}(Func{Task{TResult}})"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="function">The asynchronous work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> Run<TResult>(Func<Task<TResult>?> function, string site) => Run(function, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.Run{TResult}(Func{Task{TResult}}, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="function">The asynchronous work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> Run<TResult>(Func<Task<TResult>?> function, CancellationToken cancellationToken, string site)
    {
        if (ControlledRuntime.Active is not { } runtime)
        {
            return Task.Run(function, cancellationToken);
        }

        ArgumentNullException.ThrowIfNull(function);
        return cancellationToken.IsCancellationRequested
            ? Task.FromCanceled<TResult>(cancellationToken)
            : Start(runtime, function, site, () => function() ?? Task.FromCanceled<TResult>(new CancellationToken(true)), cancellationToken);
    }

    // Asynchronous work: like .NET, the caller gets a proxy for the work's own task (Unwrap), and the token cancels
    // the starter until it runs.
    internal static Task Start(ControlledRuntime runtime, Delegate work, string site, Func<Task> body, CancellationToken cancellationToken = default) =>
        runtime.StartOperation(CallSite.OperationName(runtime, "Task.Run", work, site), CallSite.Location(site), body, cancellationToken).Completion!;

    internal static Task<TResult> Start<TResult>(ControlledRuntime runtime, Delegate work, string site, Func<Task<TResult>> body, CancellationToken cancellationToken = default)
    {
        runtime.StartOperation(CallSite.OperationName(runtime, "Task.Run", work, site), CallSite.Location(site), body, out var completion, cancellationToken);
        return completion;
    }

    // Synchronous work: like .NET, the caller gets the task that runs the work (Task.CurrentId inside is its Id).
    private static TTask StartDirectly<TTask>(ControlledRuntime runtime, Delegate work, string site, TTask task)
        where TTask : Task
    {
        runtime.StartOperation(CallSite.OperationName(runtime, "Task.Run", work, site), CallSite.Location(site), task);
        return task;
    }
}
