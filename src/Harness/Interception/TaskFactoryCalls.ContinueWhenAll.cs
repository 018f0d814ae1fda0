namespace Harness.Interception;

/// <summary>
/// Every <see cref="TaskFactory"/>.ContinueWhenAll overload. The call is .NET's own, with the factory's defaults; inside a run
/// the continuation for the default scheduler runs on the controlled scheduler, as an operation of its own once queued.
/// </summary>
public static partial class TaskFactoryCalls
{
    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll(Task[], Action{Task[]})"/>.</summary>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWhenAll(TaskFactory factory, Task[] tasks, Action<Task[]> continuationAction, string site) =>
        TaskCalls.Continue(continuationAction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationAction, factory.CancellationToken, factory.ContinuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll(Task[], Action{Task[]}, CancellationToken)"/>.</summary>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWhenAll(TaskFactory factory, Task[] tasks, Action<Task[]> continuationAction, CancellationToken cancellationToken, string site) =>
        TaskCalls.Continue(continuationAction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationAction, cancellationToken, factory.ContinuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll(Task[], Action{Task[]}, TaskContinuationOptions)"/>.</summary>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWhenAll(TaskFactory factory, Task[] tasks, Action<Task[]> continuationAction, TaskContinuationOptions continuationOptions, string site) =>
        TaskCalls.Continue(continuationAction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationAction, factory.CancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll(Task[], Action{Task[]}, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWhenAll(TaskFactory factory, Task[] tasks, Action<Task[]> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        TaskCalls.Continue(continuationAction, "ContinueWhenAll", scheduler, site, s => factory.ContinueWhenAll(tasks, continuationAction, cancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll{TAntecedentResult}(Task{TAntecedentResult}[], Action{Task{TAntecedentResult}[]})"/>.</summary>
    /// <typeparam name="TAntecedentResult">The antecedents' result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWhenAll<TAntecedentResult>(TaskFactory factory, Task<TAntecedentResult>[] tasks, Action<Task<TAntecedentResult>[]> continuationAction, string site) =>
        TaskCalls.Continue(continuationAction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationAction, factory.CancellationToken, factory.ContinuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll{TAntecedentResult}(Task{TAntecedentResult}[], Action{Task{TAntecedentResult}[]}, CancellationToken)"/>.</summary>
    /// <typeparam name="TAntecedentResult">The antecedents' result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWhenAll<TAntecedentResult>(TaskFactory factory, Task<TAntecedentResult>[] tasks, Action<Task<TAntecedentResult>[]> continuationAction, CancellationToken cancellationToken, string site) =>
        TaskCalls.Continue(continuationAction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationAction, cancellationToken, factory.ContinuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll{TAntecedentResult}(Task{TAntecedentResult}[], Action{Task{TAntecedentResult}[]}, TaskContinuationOptions)"/>.</summary>
    /// <typeparam name="TAntecedentResult">The antecedents' result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWhenAll<TAntecedentResult>(TaskFactory factory, Task<TAntecedentResult>[] tasks, Action<Task<TAntecedentResult>[]> continuationAction, TaskContinuationOptions continuationOptions, string site) =>
        TaskCalls.Continue(continuationAction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationAction, factory.CancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll{TAntecedentResult}(Task{TAntecedentResult}[], Action{Task{TAntecedentResult}[]}, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TAntecedentResult">The antecedents' result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationAction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the continuation has run.</returns>
    public static Task ContinueWhenAll<TAntecedentResult>(TaskFactory factory, Task<TAntecedentResult>[] tasks, Action<Task<TAntecedentResult>[]> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        TaskCalls.Continue(continuationAction, "ContinueWhenAll", scheduler, site, s => factory.ContinueWhenAll(tasks, continuationAction, cancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll{TResult}(Task[], Func{Task[], TResult})"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TResult>(TaskFactory factory, Task[] tasks, Func<Task[], TResult> continuationFunction, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationFunction, factory.CancellationToken, factory.ContinuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll{TResult}(Task[], Func{Task[], TResult}, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TResult>(TaskFactory factory, Task[] tasks, Func<Task[], TResult> continuationFunction, CancellationToken cancellationToken, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationFunction, cancellationToken, factory.ContinuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll{TResult}(Task[], Func{Task[], TResult}, TaskContinuationOptions)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TResult>(TaskFactory factory, Task[] tasks, Func<Task[], TResult> continuationFunction, TaskContinuationOptions continuationOptions, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationFunction, factory.CancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll{TResult}(Task[], Func{Task[], TResult}, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TResult>(TaskFactory factory, Task[] tasks, Func<Task[], TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", scheduler, site, s => factory.ContinueWhenAll(tasks, continuationFunction, cancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll{TAntecedentResult, TResult}(Task{TAntecedentResult}[], Func{Task{TAntecedentResult}[], TResult})"/>.</summary>
    /// <typeparam name="TAntecedentResult">The antecedents' result type.</typeparam>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TAntecedentResult, TResult>(TaskFactory factory, Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationFunction, factory.CancellationToken, factory.ContinuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll{TAntecedentResult, TResult}(Task{TAntecedentResult}[], Func{Task{TAntecedentResult}[], TResult}, CancellationToken)"/>.</summary>
    /// <typeparam name="TAntecedentResult">The antecedents' result type.</typeparam>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TAntecedentResult, TResult>(TaskFactory factory, Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, CancellationToken cancellationToken, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationFunction, cancellationToken, factory.ContinuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll{TAntecedentResult, TResult}(Task{TAntecedentResult}[], Func{Task{TAntecedentResult}[], TResult}, TaskContinuationOptions)"/>.</summary>
    /// <typeparam name="TAntecedentResult">The antecedents' result type.</typeparam>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TAntecedentResult, TResult>(TaskFactory factory, Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, TaskContinuationOptions continuationOptions, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationFunction, factory.CancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.ContinueWhenAll{TAntecedentResult, TResult}(Task{TAntecedentResult}[], Func{Task{TAntecedentResult}[], TResult}, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TAntecedentResult">The antecedents' result type.</typeparam>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TAntecedentResult, TResult>(TaskFactory factory, Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", scheduler, site, s => factory.ContinueWhenAll(tasks, continuationFunction, cancellationToken, continuationOptions, s));
}
