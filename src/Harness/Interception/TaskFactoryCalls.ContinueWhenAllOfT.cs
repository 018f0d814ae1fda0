namespace Harness.Interception;

/// <summary>
/// Every <see cref="TaskFactory{TResult}"/>.ContinueWhenAll overload (<c>Task&lt;T&gt;.Factory</c>,
/// <c>new TaskFactory&lt;T&gt;()</c>), controlled as <see cref="TaskFactory"/>'s are: .NET's own call with the factory's
/// defaults, the continuation on the controlled scheduler inside a run, an operation of its own once queued.
/// </summary>
public static partial class TaskFactoryCalls
{
    /// <summary>Stands in for <see cref="TaskFactory{TResult}.ContinueWhenAll(Task[], Func{Task[], TResult})"/>.</summary>
    /// <typeparam name="TResult">The continuation's result type (the factory's).</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TResult>(TaskFactory<TResult> factory, Task[] tasks, Func<Task[], TResult> continuationFunction, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationFunction, factory.CancellationToken, factory.ContinuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.ContinueWhenAll(Task[], Func{Task[], TResult}, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The continuation's result type (the factory's).</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TResult>(TaskFactory<TResult> factory, Task[] tasks, Func<Task[], TResult> continuationFunction, CancellationToken cancellationToken, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationFunction, cancellationToken, factory.ContinuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.ContinueWhenAll(Task[], Func{Task[], TResult}, TaskContinuationOptions)"/>.</summary>
    /// <typeparam name="TResult">The continuation's result type (the factory's).</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TResult>(TaskFactory<TResult> factory, Task[] tasks, Func<Task[], TResult> continuationFunction, TaskContinuationOptions continuationOptions, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationFunction, factory.CancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.ContinueWhenAll(Task[], Func{Task[], TResult}, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The continuation's result type (the factory's).</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TResult>(TaskFactory<TResult> factory, Task[] tasks, Func<Task[], TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", scheduler, site, s => factory.ContinueWhenAll(tasks, continuationFunction, cancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.ContinueWhenAll{TAntecedentResult}(Task{TAntecedentResult}[], Func{Task{TAntecedentResult}[], TResult})"/>.</summary>
    /// <typeparam name="TResult">The continuation's result type (the factory's).</typeparam>
    /// <typeparam name="TAntecedentResult">The antecedents' result type.</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TResult, TAntecedentResult>(TaskFactory<TResult> factory, Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationFunction, factory.CancellationToken, factory.ContinuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.ContinueWhenAll{TAntecedentResult}(Task{TAntecedentResult}[], Func{Task{TAntecedentResult}[], TResult}, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The continuation's result type (the factory's).</typeparam>
    /// <typeparam name="TAntecedentResult">The antecedents' result type.</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TResult, TAntecedentResult>(TaskFactory<TResult> factory, Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, CancellationToken cancellationToken, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationFunction, cancellationToken, factory.ContinuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.ContinueWhenAll{TAntecedentResult}(Task{TAntecedentResult}[], Func{Task{TAntecedentResult}[], TResult}, TaskContinuationOptions)"/>.</summary>
    /// <typeparam name="TResult">The continuation's result type (the factory's).</typeparam>
    /// <typeparam name="TAntecedentResult">The antecedents' result type.</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TResult, TAntecedentResult>(TaskFactory<TResult> factory, Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, TaskContinuationOptions continuationOptions, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", DefaultScheduler(factory), site, s => factory.ContinueWhenAll(tasks, continuationFunction, factory.CancellationToken, continuationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.ContinueWhenAll{TAntecedentResult}(Task{TAntecedentResult}[], Func{Task{TAntecedentResult}[], TResult}, CancellationToken, TaskContinuationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The continuation's result type (the factory's).</typeparam>
    /// <typeparam name="TAntecedentResult">The antecedents' result type.</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="tasks">The antecedents.</param>
    /// <param name="continuationFunction">The continuation.</param>
    /// <param name="cancellationToken">Cancels the continuation before it runs.</param>
    /// <param name="continuationOptions">Continuation options, kept as given (ExecuteSynchronously, OnlyOn*/NotOn*, LazyCancellation, ... behave as in .NET).</param>
    /// <param name="scheduler">Where the continuation runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the continuation's result.</returns>
    public static Task<TResult> ContinueWhenAll<TResult, TAntecedentResult>(TaskFactory<TResult> factory, Task<TAntecedentResult>[] tasks, Func<Task<TAntecedentResult>[], TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler, string site) =>
        TaskCalls.Continue(continuationFunction, "ContinueWhenAll", scheduler, site, s => factory.ContinueWhenAll(tasks, continuationFunction, cancellationToken, continuationOptions, s));
}
