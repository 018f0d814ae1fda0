using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for the common forms of <c>Task.Factory.StartNew</c>. Inside a harness run, work started on
/// the default scheduler becomes a controlled operation; work for another scheduler, and every call outside a
/// run, is exactly <see cref="TaskFactory.StartNew(Action)"/> and friends.
/// </summary>
public static class TaskFactoryCalls
{
    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action)"/>.</summary>
    /// <param name="factory">The factory (usually <see cref="Task.Factory"/>).</param>
    /// <param name="action">The work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work has run.</returns>
    public static Task StartNew(TaskFactory factory, Action action, string site) =>
        StartNew(factory, action, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action, CancellationToken)"/>.</summary>
    /// <param name="factory">The factory (usually <see cref="Task.Factory"/>).</param>
    /// <param name="action">The work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work has run.</returns>
    public static Task StartNew(TaskFactory factory, Action action, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Controls(factory, factory.Scheduler)
            ? TaskCalls.Run(action, cancellationToken, site)
            : factory.StartNew(action, cancellationToken);
    }

    /// <summary>Stands in for <see cref="TaskFactory.StartNew(Action, CancellationToken, TaskCreationOptions, TaskScheduler)"/>.</summary>
    /// <param name="factory">The factory (usually <see cref="Task.Factory"/>).</param>
    /// <param name="action">The work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="creationOptions">Creation options (LongRunning has no meaning for a controlled operation).</param>
    /// <param name="scheduler">Where the work runs; <see cref="TaskScheduler.Default"/> is controlled inside a run.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the work has run.</returns>
    public static Task StartNew(TaskFactory factory, Action action, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler, string site)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Controls(factory, scheduler)
            ? TaskCalls.Run(action, cancellationToken, site)
            : factory.StartNew(action, cancellationToken, creationOptions, scheduler);
    }

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{TResult})"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (usually <see cref="Task.Factory"/>).</param>
    /// <param name="function">The work.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<TResult> function, string site) =>
        StartNew(factory, function, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{TResult}, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (usually <see cref="Task.Factory"/>).</param>
    /// <param name="function">The work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<TResult> function, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Controls(factory, factory.Scheduler)
            ? TaskCalls.Run(function, cancellationToken, site)
            : factory.StartNew(function, cancellationToken);
    }

    /// <summary>Stands in for <see cref="TaskFactory.StartNew{TResult}(Func{TResult}, CancellationToken, TaskCreationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The work's result type.</typeparam>
    /// <param name="factory">The factory (usually <see cref="Task.Factory"/>).</param>
    /// <param name="function">The work.</param>
    /// <param name="cancellationToken">Cancels the work if it has not started.</param>
    /// <param name="creationOptions">Creation options (LongRunning has no meaning for a controlled operation).</param>
    /// <param name="scheduler">Where the work runs; <see cref="TaskScheduler.Default"/> is controlled inside a run.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the work's result.</returns>
    public static Task<TResult> StartNew<TResult>(TaskFactory factory, Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler, string site)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Controls(factory, scheduler)
            ? TaskCalls.Run(function, cancellationToken, site)
            : factory.StartNew(function, cancellationToken, creationOptions, scheduler);
    }

    // A factory without its own scheduler uses TaskScheduler.Current, which inside a step is the default one.
    private static bool Controls(TaskFactory factory, TaskScheduler? scheduler) =>
        ControlledRuntime.Active is not null && (scheduler ?? factory.Scheduler ?? TaskScheduler.Default) == TaskScheduler.Default;
}
