namespace Harness.Interception;

/// <summary>
/// Every <see cref="Task"/>.ContinueWith overload. The call is .NET's own, so continuation options behave exactly as in
/// .NET; inside a run a continuation for the default scheduler (or for <see cref="TaskScheduler.Current"/> when that is
/// the default or the harness's) runs on the controlled scheduler, as an operation of its own once it is queued.
/// </summary>
public static partial class TaskCalls
{
    /// <summary>Stands in for <see cref="Task.ContinueWith(Action{Task})"/>.</summary>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith(Task task, Action<Task> continuationAction, string site) =>
        Continue(continuationAction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationAction, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith(Action{Task}, CancellationToken)"/>.</summary>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith(Task task, Action<Task> continuationAction, CancellationToken cancellationToken, string site) =>
        Continue(continuationAction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationAction, cancellationToken, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith(Action{Task}, TaskScheduler)"/>.</summary>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith(Task task, Action<Task> continuationAction, TaskScheduler scheduler, string site) =>
        Continue(continuationAction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationAction, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith(Action{Task}, TaskContinuationOptions)"/>.</summary>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith(Task task, Action<Task> continuationAction, TaskContinuationOptions continuationOptions, string site) =>
        Continue(continuationAction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationAction, CancellationToken.None, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith(Action{Task}, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith(Task task, Action<Task> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        Continue(continuationAction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationAction, cancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith(Action{Task, object}, object)"/>.</summary>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith(Task task, Action<Task, object?> continuationAction, object? state, string site) =>
        Continue(continuationAction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationAction, state, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith(Action{Task, object}, object, CancellationToken)"/>.</summary>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith(Task task, Action<Task, object?> continuationAction, object? state, CancellationToken cancellationToken, string site) =>
        Continue(continuationAction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationAction, state, cancellationToken, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith(Action{Task, object}, object, TaskScheduler)"/>.</summary>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith(Task task, Action<Task, object?> continuationAction, object? state, TaskScheduler scheduler, string site) =>
        Continue(continuationAction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationAction, state, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith(Action{Task, object}, object, TaskContinuationOptions)"/>.</summary>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith(Task task, Action<Task, object?> continuationAction, object? state, TaskContinuationOptions continuationOptions, string site) =>
        Continue(continuationAction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationAction, state, CancellationToken.None, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith(Action{Task, object}, object, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith(Task task, Action<Task, object?> continuationAction, object? state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        Continue(continuationAction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationAction, state, cancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith{TResult}(Func{Task, TResult})"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWith<TResult>(Task task, Func<Task, TResult> continuationFunction, string site) =>
        Continue(continuationFunction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationFunction, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith{TResult}(Func{Task, TResult}, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWith<TResult>(Task task, Func<Task, TResult> continuationFunction, CancellationToken cancellationToken, string site) =>
        Continue(continuationFunction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationFunction, cancellationToken, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith{TResult}(Func{Task, TResult}, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWith<TResult>(Task task, Func<Task, TResult> continuationFunction, TaskScheduler scheduler, string site) =>
        Continue(continuationFunction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationFunction, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith{TResult}(Func{Task, TResult}, TaskContinuationOptions)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWith<TResult>(Task task, Func<Task, TResult> continuationFunction, TaskContinuationOptions continuationOptions, string site) =>
        Continue(continuationFunction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationFunction, CancellationToken.None, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith{TResult}(Func{Task, TResult}, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWith<TResult>(Task task, Func<Task, TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        Continue(continuationFunction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationFunction, cancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith{TResult}(Func{Task, object, TResult}, object)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWith<TResult>(Task task, Func<Task, object?, TResult> continuationFunction, object? state, string site) =>
        Continue(continuationFunction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationFunction, state, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith{TResult}(Func{Task, object, TResult}, object, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWith<TResult>(Task task, Func<Task, object?, TResult> continuationFunction, object? state, CancellationToken cancellationToken, string site) =>
        Continue(continuationFunction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationFunction, state, cancellationToken, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith{TResult}(Func{Task, object, TResult}, object, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWith<TResult>(Task task, Func<Task, object?, TResult> continuationFunction, object? state, TaskScheduler scheduler, string site) =>
        Continue(continuationFunction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationFunction, state, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith{TResult}(Func{Task, object, TResult}, object, TaskContinuationOptions)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWith<TResult>(Task task, Func<Task, object?, TResult> continuationFunction, object? state, TaskContinuationOptions continuationOptions, string site) =>
        Continue(continuationFunction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationFunction, state, CancellationToken.None, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task.ContinueWith{TResult}(Func{Task, object, TResult}, object, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWith<TResult>(Task task, Func<Task, object?, TResult> continuationFunction, object? state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        Continue(continuationFunction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationFunction, state, cancellationToken, continuationOptions, s));
}
