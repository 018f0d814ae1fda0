namespace Harness.Interception;

/// <summary>
/// Every <see cref="TaskFactory{TResult}"/>.StartNew overload (<c>Task&lt;T&gt;.Factory</c>, <c>new TaskFactory&lt;T&gt;()</c>),
/// controlled as <see cref="TaskFactory"/>'s are.
/// </summary>
public static partial class TaskFactoryCalls
{
    /// <summary>Stands in for <see cref="TaskFactory{TResult}.StartNew(Func{TResult})"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory<TResult> factory, Func<TResult> function, string site) =>
        Start(factory, function, factory.Scheduler ?? TaskScheduler.Current, site, s => factory.StartNew(function, factory.CancellationToken, factory.CreationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.StartNew(Func{TResult}, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory<TResult> factory, Func<TResult> function, CancellationToken cancellationToken, string site) =>
        Start(factory, function, factory.Scheduler ?? TaskScheduler.Current, site, s => factory.StartNew(function, cancellationToken, factory.CreationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.StartNew(Func{TResult}, TaskCreationOptions)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="creationOptions">Creation options, kept as given (LongRunning, AttachedToParent, DenyChildAttach behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory<TResult> factory, Func<TResult> function, TaskCreationOptions creationOptions, string site) =>
        Start(factory, function, factory.Scheduler ?? TaskScheduler.Current, site, s => factory.StartNew(function, factory.CancellationToken, creationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.StartNew(Func{TResult}, CancellationToken, TaskCreationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="creationOptions">Creation options, kept as given (LongRunning, AttachedToParent, DenyChildAttach behave as in .NET).</param>
    /// <param name="scheduler">Where the work runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory<TResult> factory, Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler, string site) =>
        Start(factory, function, scheduler, site, s => factory.StartNew(function, cancellationToken, creationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.StartNew(Func{object, TResult}, object)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory<TResult> factory, Func<object?, TResult> function, object? state, string site) =>
        Start(factory, function, factory.Scheduler ?? TaskScheduler.Current, site, s => factory.StartNew(function, state, factory.CancellationToken, factory.CreationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.StartNew(Func{object, TResult}, object, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory<TResult> factory, Func<object?, TResult> function, object? state, CancellationToken cancellationToken, string site) =>
        Start(factory, function, factory.Scheduler ?? TaskScheduler.Current, site, s => factory.StartNew(function, state, cancellationToken, factory.CreationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.StartNew(Func{object, TResult}, object, TaskCreationOptions)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="creationOptions">Creation options, kept as given (LongRunning, AttachedToParent, DenyChildAttach behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory<TResult> factory, Func<object?, TResult> function, object? state, TaskCreationOptions creationOptions, string site) =>
        Start(factory, function, factory.Scheduler ?? TaskScheduler.Current, site, s => factory.StartNew(function, state, factory.CancellationToken, creationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.StartNew(Func{object, TResult}, object, CancellationToken, TaskCreationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<c>Task&lt;T&gt;.Factory</c> or one made with <c>new TaskFactory&lt;T&gt;(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="creationOptions">Creation options, kept as given (LongRunning, AttachedToParent, DenyChildAttach behave as in .NET).</param>
    /// <param name="scheduler">Where the work runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory<TResult> factory, Func<object?, TResult> function, object? state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler, string site) =>
        Start(factory, function, scheduler, site, s => factory.StartNew(function, state, cancellationToken, creationOptions, s));
}
