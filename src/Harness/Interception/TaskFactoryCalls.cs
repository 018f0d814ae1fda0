using Harness.Scheduling;

namespace Harness.Interception;

/// <summary>
/// Redirect targets for <see cref="TaskFactory"/> (<c>Task.Factory</c> and <c>new TaskFactory(...)</c>): StartNew,
/// ContinueWhenAll and ContinueWhenAny. Outside a run, and for a scheduler of the user's own, every call is exactly
/// the <see cref="TaskFactory"/> method it stands in for.
/// </summary>
public static partial class TaskFactoryCalls
{
    // What TaskFactory uses when the call names no scheduler: its own, else TaskScheduler.Current.
    private static TaskScheduler DefaultScheduler(TaskFactory factory) => factory.Scheduler ?? TaskScheduler.Current;

    private static TaskScheduler DefaultScheduler<TResult>(TaskFactory<TResult> factory) => factory.Scheduler ?? TaskScheduler.Current;

    // A null factory or delegate goes to .NET as it is, so the caller gets .NET's own exception.
    private static TTask Start<TTask>(object? factory, Delegate? work, TaskScheduler scheduler, string site, Func<TaskScheduler, TTask> start)
        where TTask : Task =>
        factory is not null && work is not null && TaskSchedulers.ControlledBy(scheduler) is { } runtime
            ? runtime.StartOperation(CallSite.OperationName(runtime, "Task.Factory.StartNew", work, site), CallSite.Location(site), start)
            : start(scheduler);
}
