namespace Harness.Interception;

/// <summary>Every <see cref="Task{TResult}"/>.ContinueWith overload, controlled as <see cref="Task"/>'s are.</summary>
public static partial class TaskCalls
{
    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith(Action{Task{TResult}})"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith<TResult>(Task<TResult> task, Action<Task<TResult>> continuationAction, string site) =>
        Continue(continuationAction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationAction, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith(Action{Task{TResult}}, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith<TResult>(Task<TResult> task, Action<Task<TResult>> continuationAction, CancellationToken cancellationToken, string site) =>
        Continue(continuationAction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationAction, cancellationToken, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith(Action{Task{TResult}}, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith<TResult>(Task<TResult> task, Action<Task<TResult>> continuationAction, TaskScheduler scheduler, string site) =>
        Continue(continuationAction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationAction, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith(Action{Task{TResult}}, TaskContinuationOptions)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith<TResult>(Task<TResult> task, Action<Task<TResult>> continuationAction, TaskContinuationOptions continuationOptions, string site) =>
        Continue(continuationAction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationAction, CancellationToken.None, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith(Action{Task{TResult}}, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith<TResult>(Task<TResult> task, Action<Task<TResult>> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        Continue(continuationAction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationAction, cancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith(Action{Task{TResult}, object}, object)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith<TResult>(Task<TResult> task, Action<Task<TResult>, object?> continuationAction, object? state, string site) =>
        Continue(continuationAction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationAction, state, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith(Action{Task{TResult}, object}, object, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith<TResult>(Task<TResult> task, Action<Task<TResult>, object?> continuationAction, object? state, CancellationToken cancellationToken, string site) =>
        Continue(continuationAction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationAction, state, cancellationToken, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith(Action{Task{TResult}, object}, object, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith<TResult>(Task<TResult> task, Action<Task<TResult>, object?> continuationAction, object? state, TaskScheduler scheduler, string site) =>
        Continue(continuationAction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationAction, state, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith(Action{Task{TResult}, object}, object, TaskContinuationOptions)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith<TResult>(Task<TResult> task, Action<Task<TResult>, object?> continuationAction, object? state, TaskContinuationOptions continuationOptions, string site) =>
        Continue(continuationAction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationAction, state, CancellationToken.None, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith(Action{Task{TResult}, object}, object, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWith<TResult>(Task<TResult> task, Action<Task<TResult>, object?> continuationAction, object? state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        Continue(continuationAction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationAction, state, cancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith{TNewResult}(Func{Task{TResult}, TNewResult})"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <typeparam name="TNewResult">The continuation's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TNewResult> ContinueWith<TResult, TNewResult>(Task<TResult> task, Func<Task<TResult>, TNewResult> continuationFunction, string site) =>
        Continue(continuationFunction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationFunction, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith{TNewResult}(Func{Task{TResult}, TNewResult}, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <typeparam name="TNewResult">The continuation's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TNewResult> ContinueWith<TResult, TNewResult>(Task<TResult> task, Func<Task<TResult>, TNewResult> continuationFunction, CancellationToken cancellationToken, string site) =>
        Continue(continuationFunction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationFunction, cancellationToken, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith{TNewResult}(Func{Task{TResult}, TNewResult}, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <typeparam name="TNewResult">The continuation's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TNewResult> ContinueWith<TResult, TNewResult>(Task<TResult> task, Func<Task<TResult>, TNewResult> continuationFunction, TaskScheduler scheduler, string site) =>
        Continue(continuationFunction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationFunction, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith{TNewResult}(Func{Task{TResult}, TNewResult}, TaskContinuationOptions)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <typeparam name="TNewResult">The continuation's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TNewResult> ContinueWith<TResult, TNewResult>(Task<TResult> task, Func<Task<TResult>, TNewResult> continuationFunction, TaskContinuationOptions continuationOptions, string site) =>
        Continue(continuationFunction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationFunction, CancellationToken.None, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith{TNewResult}(Func{Task{TResult}, TNewResult}, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <typeparam name="TNewResult">The continuation's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TNewResult> ContinueWith<TResult, TNewResult>(Task<TResult> task, Func<Task<TResult>, TNewResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        Continue(continuationFunction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationFunction, cancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith{TNewResult}(Func{Task{TResult}, object, TNewResult}, object)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <typeparam name="TNewResult">The continuation's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TNewResult> ContinueWith<TResult, TNewResult>(Task<TResult> task, Func<Task<TResult>, object?, TNewResult> continuationFunction, object? state, string site) =>
        Continue(continuationFunction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationFunction, state, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith{TNewResult}(Func{Task{TResult}, object, TNewResult}, object, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <typeparam name="TNewResult">The continuation's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TNewResult> ContinueWith<TResult, TNewResult>(Task<TResult> task, Func<Task<TResult>, object?, TNewResult> continuationFunction, object? state, CancellationToken cancellationToken, string site) =>
        Continue(continuationFunction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationFunction, state, cancellationToken, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith{TNewResult}(Func{Task{TResult}, object, TNewResult}, object, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <typeparam name="TNewResult">The continuation's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TNewResult> ContinueWith<TResult, TNewResult>(Task<TResult> task, Func<Task<TResult>, object?, TNewResult> continuationFunction, object? state, TaskScheduler scheduler, string site) =>
        Continue(continuationFunction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationFunction, state, CancellationToken.None, TaskContinuationOptions.None, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith{TNewResult}(Func{Task{TResult}, object, TNewResult}, object, TaskContinuationOptions)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <typeparam name="TNewResult">The continuation's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TNewResult> ContinueWith<TResult, TNewResult>(Task<TResult> task, Func<Task<TResult>, object?, TNewResult> continuationFunction, object? state, TaskContinuationOptions continuationOptions, string site) =>
        Continue(continuationFunction, "ContinueWith", TaskScheduler.Current, site, s => task.ContinueWith(continuationFunction, state, CancellationToken.None, continuationOptions, s));

    /// <summary>Stands in for <see cref="Task{TResult}.ContinueWith{TNewResult}(Func{Task{TResult}, object, TNewResult}, object, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The antecedent's result type.</typeparam>
    /// <typeparam name="TNewResult">The continuation's result type.</typeparam>
    /// <param name="task">The antecedent.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TNewResult> ContinueWith<TResult, TNewResult>(Task<TResult> task, Func<Task<TResult>, object?, TNewResult> continuationFunction, object? state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        Continue(continuationFunction, "ContinueWith", scheduler, site, s => task.ContinueWith(continuationFunction, state, cancellationToken, continuationOptions, s));
}
