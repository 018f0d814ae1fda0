namespace Harness.Interception;

/// <summary>
/// Every <see cref="TaskFactory"/>.StartNew overload. The call is .NET's own, with the factory's defaults, so options,
/// attached children and cancellation behave exactly as in .NET; inside a run, work for the default scheduler (or
/// for <see cref="TaskScheduler.Current"/> when that is the default or the harness's) runs on the controlled
/// scheduler as an operation of its own, LongRunning included.
/// </summary>
public static partial class TaskFactoryCalls
{
    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action)"/>.</summary>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="action">The work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work has run.</returns>
    public static Task StartNew(TaskFactory factory, Action action, string site) =>
        Start(factory, action, DefaultScheduler(factory), site, s => factory.StartNew(action, factory.CancellationToken, factory.CreationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action, CancellationToken)"/>.</summary>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="action">The work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work has run.</returns>
    public static Task StartNew(TaskFactory factory, Action action, CancellationToken cancellationToken, string site) =>
        Start(factory, action, DefaultScheduler(factory), site, s => factory.StartNew(action, cancellationToken, factory.CreationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action, TaskCreationOptions)"/>.</summary>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="action">The work.</param>
    /// <param name="creationOptions">Creation options, kept as given (LongRunning, AttachedToParent, DenyChildAttach behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work has run.</returns>
    public static Task StartNew(TaskFactory factory, Action action, TaskCreationOptions creationOptions, string site) =>
        Start(factory, action, DefaultScheduler(factory), site, s => factory.StartNew(action, factory.CancellationToken, creationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action, CancellationToken, TaskCreationOptions, TaskScheduler)"/>.</summary>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="action">The work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="creationOptions">Creation options, kept as given (LongRunning, AttachedToParent, DenyChildAttach behave as in .NET).</param>
    /// <param name="scheduler">Where the work runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work has run.</returns>
    public static Task StartNew(TaskFactory factory, Action action, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler, string site) =>
        Start(factory, action, scheduler, site, s => factory.StartNew(action, cancellationToken, creationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action{object}, object)"/>.</summary>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="action">The work.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work has run.</returns>
    public static Task StartNew(TaskFactory factory, Action<object?> action, object? state, string site) =>
        Start(factory, action, DefaultScheduler(factory), site, s => factory.StartNew(action, state, factory.CancellationToken, factory.CreationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action{object}, object, CancellationToken)"/>.</summary>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="action">The work.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work has run.</returns>
    public static Task StartNew(TaskFactory factory, Action<object?> action, object? state, CancellationToken cancellationToken, string site) =>
        Start(factory, action, DefaultScheduler(factory), site, s => factory.StartNew(action, state, cancellationToken, factory.CreationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action{object}, object, TaskCreationOptions)"/>.</summary>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="action">The work.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="creationOptions">Creation options, kept as given (LongRunning, AttachedToParent, DenyChildAttach behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work has run.</returns>
    public static Task StartNew(TaskFactory factory, Action<object?> action, object? state, TaskCreationOptions creationOptions, string site) =>
        Start(factory, action, DefaultScheduler(factory), site, s => factory.StartNew(action, state, factory.CancellationToken, creationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action{object}, object, CancellationToken, TaskCreationOptions, TaskScheduler)"/>.</summary>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="action">The work.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="creationOptions">Creation options, kept as given (LongRunning, AttachedToParent, DenyChildAttach behave as in .NET).</param>
    /// <param name="scheduler">Where the work runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work has run.</returns>
    public static Task StartNew(TaskFactory factory, Action<object?> action, object? state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler, string site) =>
        Start(factory, action, scheduler, site, s => factory.StartNew(action, state, cancellationToken, creationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{TResult})"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<TResult> function, string site) =>
        Start(factory, function, DefaultScheduler(factory), site, s => factory.StartNew(function, factory.CancellationToken, factory.CreationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{TResult}, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<TResult> function, CancellationToken cancellationToken, string site) =>
        Start(factory, function, DefaultScheduler(factory), site, s => factory.StartNew(function, cancellationToken, factory.CreationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{TResult}, TaskCreationOptions)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="creationOptions">Creation options, kept as given (LongRunning, AttachedToParent, DenyChildAttach behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<TResult> function, TaskCreationOptions creationOptions, string site) =>
        Start(factory, function, DefaultScheduler(factory), site, s => factory.StartNew(function, factory.CancellationToken, creationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{TResult}, CancellationToken, TaskCreationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="creationOptions">Creation options, kept as given (LongRunning, AttachedToParent, DenyChildAttach behave as in .NET).</param>
    /// <param name="scheduler">Where the work runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler, string site) =>
        Start(factory, function, scheduler, site, s => factory.StartNew(function, cancellationToken, creationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{object, TResult}, object)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<object?, TResult> function, object? state, string site) =>
        Start(factory, function, DefaultScheduler(factory), site, s => factory.StartNew(function, state, factory.CancellationToken, factory.CreationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{object, TResult}, object, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<object?, TResult> function, object? state, CancellationToken cancellationToken, string site) =>
        Start(factory, function, DefaultScheduler(factory), site, s => factory.StartNew(function, state, cancellationToken, factory.CreationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{object, TResult}, object, TaskCreationOptions)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="creationOptions">Creation options, kept as given (LongRunning, AttachedToParent, DenyChildAttach behave as in .NET).</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<object?, TResult> function, object? state, TaskCreationOptions creationOptions, string site) =>
        Start(factory, function, DefaultScheduler(factory), site, s => factory.StartNew(function, state, factory.CancellationToken, creationOptions, s));

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{object, TResult}, object, CancellationToken, TaskCreationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (<see cref="Task.Factory"/> or one made with <c>new TaskFactory(...)</c>); its defaults apply as in .NET.</param>
    /// <param name="function">The work.</param>
    /// <param name="state">The object passed to the work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="creationOptions">Creation options, kept as given (LongRunning, AttachedToParent, DenyChildAttach behave as in .NET).</param>
    /// <param name="scheduler">Where the work runs; <see cref="TaskScheduler.Default"/> is controlled inside a run, another scheduler is reported.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<object?, TResult> function, object? state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler, string site) =>
        Start(factory, function, scheduler, site, s => factory.StartNew(function, state, cancellationToken, creationOptions, s));
}
