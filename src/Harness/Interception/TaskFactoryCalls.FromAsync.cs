using System.Diagnostics;
using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>
/// Every <see cref="TaskFactory"/>.FromAsync and <see cref="TaskFactory{TResult}"/>.FromAsync overload over an
/// <see cref="IAsyncResult"/>. .NET waits for an unfinished one on a thread-pool wait thread; inside a run an
/// unfinished <see cref="Task"/> (an APM wrapper over a task, the common case) is awaited by a controlled
/// continuation that then calls .NET's own FromAsync on the finished result, so the end method runs controlled and its
/// result, exception or cancellation is .NET's. Any other unfinished IAsyncResult is reported as uncontrolled at once.
/// </summary>
public static partial class TaskFactoryCalls
{
    // What .NET 10 accepts over an IAsyncResult (measured: LongRunning and PreferFairness throw); anything else goes to .NET to throw there.
    private const TaskCreationOptions FromAsyncOptions = TaskCreationOptions.AttachedToParent | TaskCreationOptions.DenyChildAttach | TaskCreationOptions.HideScheduler;

    /// <summary>Stands in for <see cref="TaskFactory.FromAsync(IAsyncResult, Action{IAsyncResult})"/>.</summary>
    /// <param name="factory">The factory; its creation options and scheduler apply as in .NET.</param>
    /// <param name="asyncResult">The operation to wait for.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the end method has run.</returns>
    public static Task FromAsync(TaskFactory factory, IAsyncResult asyncResult, Action<IAsyncResult> endMethod, string site) =>
        FromAsync(factory, asyncResult, endMethod, factory.CreationOptions, DefaultScheduler(factory), site);

    /// <summary>Stands in for <see cref="TaskFactory.FromAsync(IAsyncResult, Action{IAsyncResult}, TaskCreationOptions)"/>.</summary>
    /// <param name="factory">The factory; its scheduler applies as in .NET.</param>
    /// <param name="asyncResult">The operation to wait for.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="creationOptions">The returned task's options.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the end method has run.</returns>
    public static Task FromAsync(TaskFactory factory, IAsyncResult asyncResult, Action<IAsyncResult> endMethod, TaskCreationOptions creationOptions, string site) =>
        FromAsync(factory, asyncResult, endMethod, creationOptions, DefaultScheduler(factory), site);

    /// <summary>Stands in for <see cref="TaskFactory.FromAsync(IAsyncResult, Action{IAsyncResult}, TaskCreationOptions, TaskScheduler)"/>.</summary>
    /// <param name="factory">The factory.</param>
    /// <param name="asyncResult">The operation to wait for.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="creationOptions">The returned task's options.</param>
    /// <param name="scheduler">Where the end method runs; <see cref="TaskScheduler.Default"/> is controlled inside a run.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes when the end method has run.</returns>
    public static Task FromAsync(TaskFactory factory, IAsyncResult asyncResult, Action<IAsyncResult> endMethod, TaskCreationOptions creationOptions, TaskScheduler scheduler, string site) =>
        Await(asyncResult, endMethod, creationOptions, scheduler, site, s => factory.FromAsync(asyncResult, endMethod, creationOptions, s), static outer => outer.Unwrap());

    /// <summary>Stands in for <see cref="TaskFactory.FromAsync{TResult}(IAsyncResult, Func{IAsyncResult, TResult})"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <param name="factory">The factory; its creation options and scheduler apply as in .NET.</param>
    /// <param name="asyncResult">The operation to wait for.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult>(TaskFactory factory, IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, string site) =>
        FromAsync(factory, asyncResult, endMethod, factory.CreationOptions, DefaultScheduler(factory), site);

    /// <summary>Stands in for <see cref="TaskFactory.FromAsync{TResult}(IAsyncResult, Func{IAsyncResult, TResult}, TaskCreationOptions)"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <param name="factory">The factory; its scheduler applies as in .NET.</param>
    /// <param name="asyncResult">The operation to wait for.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="creationOptions">The returned task's options.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult>(TaskFactory factory, IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, TaskCreationOptions creationOptions, string site) =>
        FromAsync(factory, asyncResult, endMethod, creationOptions, DefaultScheduler(factory), site);

    /// <summary>Stands in for <see cref="TaskFactory.FromAsync{TResult}(IAsyncResult, Func{IAsyncResult, TResult}, TaskCreationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <param name="factory">The factory.</param>
    /// <param name="asyncResult">The operation to wait for.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="creationOptions">The returned task's options.</param>
    /// <param name="scheduler">Where the end method runs; <see cref="TaskScheduler.Default"/> is controlled inside a run.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult>(TaskFactory factory, IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, TaskCreationOptions creationOptions, TaskScheduler scheduler, string site) =>
        Await(asyncResult, endMethod, creationOptions, scheduler, site, s => factory.FromAsync(asyncResult, endMethod, creationOptions, s), static outer => outer.Unwrap());

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.FromAsync(IAsyncResult, Func{IAsyncResult, TResult})"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <param name="factory">The factory; its creation options and scheduler apply as in .NET.</param>
    /// <param name="asyncResult">The operation to wait for.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult>(TaskFactory<TResult> factory, IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, string site) =>
        FromAsync(factory, asyncResult, endMethod, factory.CreationOptions, DefaultScheduler(factory), site);

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.FromAsync(IAsyncResult, Func{IAsyncResult, TResult}, TaskCreationOptions)"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <param name="factory">The factory; its scheduler applies as in .NET.</param>
    /// <param name="asyncResult">The operation to wait for.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="creationOptions">The returned task's options.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult>(TaskFactory<TResult> factory, IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, TaskCreationOptions creationOptions, string site) =>
        FromAsync(factory, asyncResult, endMethod, creationOptions, DefaultScheduler(factory), site);

    /// <summary>Stands in for <see cref="TaskFactory{TResult}.FromAsync(IAsyncResult, Func{IAsyncResult, TResult}, TaskCreationOptions, TaskScheduler)"/>.</summary>
    /// <typeparam name="TResult">The end method's result type.</typeparam>
    /// <param name="factory">The factory.</param>
    /// <param name="asyncResult">The operation to wait for.</param>
    /// <param name="endMethod">Ends the operation.</param>
    /// <param name="creationOptions">The returned task's options.</param>
    /// <param name="scheduler">Where the end method runs; <see cref="TaskScheduler.Default"/> is controlled inside a run.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task with the end method's result.</returns>
    public static Task<TResult> FromAsync<TResult>(TaskFactory<TResult> factory, IAsyncResult asyncResult, Func<IAsyncResult, TResult> endMethod, TaskCreationOptions creationOptions, TaskScheduler scheduler, string site) =>
        Await(asyncResult, endMethod, creationOptions, scheduler, site, s => factory.FromAsync(asyncResult, endMethod, creationOptions, s), static outer => outer.Unwrap());

    // .NET's own call once the result is finished; before that, a controlled continuation on a Task, a report for anything else.
    private static TTask Await<TTask>(IAsyncResult? asyncResult, Delegate? endMethod, TaskCreationOptions creationOptions, TaskScheduler? scheduler, string site, Func<TaskScheduler, TTask> fromAsync, Func<Task<TTask>, TTask> unwrap)
        where TTask : Task
    {
        if (asyncResult is null || endMethod is null || scheduler is null || (creationOptions & ~FromAsyncOptions) != 0
            || TaskSchedulers.ControlledBy(scheduler) is not { } runtime)
        {
            return fromAsync(scheduler!);
        }

        if (asyncResult.IsCompleted)
        {
            return fromAsync(runtime.TaskScheduler);
        }

        if (asyncResult is not Task antecedent)
        {
            runtime.OnUncontrolledWork($"TaskFactory.FromAsync waits for an unfinished {asyncResult.GetType().Name}, which is not a Task, on a thread-pool wait thread (the harness cannot see what completes it; pass an IAsyncResult that is a Task, such as an APM wrapper over a Task, or use the begin-method overload)", new StackTrace(1, true));
            return fromAsync(scheduler);
        }

        return unwrap(TaskCalls.Continue(endMethod, "TaskFactory.FromAsync", scheduler, site, s => antecedent.ContinueWith(_ => fromAsync(s), CancellationToken.None, TaskContinuationOptions.None, s)));
    }

    /// <summary>The runtime when a begin method is given inside a run (a null one goes to .NET, which throws as it does).</summary>
    private static ControlledRuntime? Begun(Delegate? beginMethod) =>
        beginMethod is not null && ControlledRuntime.Active is { CanPark: true } runtime ? runtime : null;

    // The callback .NET hands the begin method, wrapped: a completion on a thread without the baton is uncontrolled.
    private static AsyncCallback Guard(AsyncCallback callback, ControlledRuntime runtime, string site) => result =>
    {
        if (!runtime.IsSchedulerThread)
        {
            runtime.OnForeignCompletion($"TaskFactory.FromAsync at {site}: the begin method's IAsyncResult was completed on a thread the harness does not control (real I/O, a real timer, a thread of its own), so the end method and the code after it ran there; begin the operation on controlled work (an APM wrapper over a Task in rewritten code), or set \"UncontrolledConcurrency\": \"allow\" to tolerate it");
        }

        callback(result);
    };
}
