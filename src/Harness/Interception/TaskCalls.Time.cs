namespace Harness.Interception;

/// <summary>Delays and timeouts: on the iteration's virtual clock inside a harness run, on the real one elsewhere.</summary>
public static partial class TaskCalls
{
    /// <summary>Stands in for <see cref="Task.Delay(int)"/>.</summary>
    /// <param name="millisecondsDelay">The delay; -1 waits forever.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes after the delay.</returns>
    public static Task Delay(int millisecondsDelay, string site) => Delay(millisecondsDelay, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.Delay(int, CancellationToken)"/>.</summary>
    /// <param name="millisecondsDelay">The delay; -1 waits forever.</param>
    /// <param name="cancellationToken">Cancels the delay.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes after the delay.</returns>
    public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken, string site)
    {
        _ = site;
        if (!Controlled.IsActive)
        {
            return Task.Delay(millisecondsDelay, cancellationToken);
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(millisecondsDelay, -1);
        return Task.Delay(Milliseconds(millisecondsDelay), Controlled.Time, cancellationToken);
    }

    /// <summary>Stands in for <see cref="Task.Delay(TimeSpan)"/>.</summary>
    /// <param name="delay">The delay; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes after the delay.</returns>
    public static Task Delay(TimeSpan delay, string site) => Delay(delay, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.Delay(TimeSpan, CancellationToken)"/>.</summary>
    /// <param name="delay">The delay; <see cref="Timeout.InfiniteTimeSpan"/> waits forever.</param>
    /// <param name="cancellationToken">Cancels the delay.</param>
    /// <param name="site">The call site.</param>
    /// <returns>A task that completes after the delay.</returns>
    public static Task Delay(TimeSpan delay, CancellationToken cancellationToken, string site)
    {
        _ = site;
        return Controlled.IsActive
            ? Task.Delay(delay, Controlled.Time, cancellationToken)
            : Task.Delay(delay, cancellationToken);
    }

    /// <summary>Stands in for <see cref="Task.WaitAsync(TimeSpan)"/>.</summary>
    /// <param name="task">The task to wait for.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The task, or a task that faults with <see cref="TimeoutException"/> after the timeout.</returns>
    public static Task WaitAsync(Task task, TimeSpan timeout, string site) => WaitAsync(task, timeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task.WaitAsync(TimeSpan, CancellationToken)"/>.</summary>
    /// <param name="task">The task to wait for.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The task, or a task that faults with <see cref="TimeoutException"/> after the timeout.</returns>
    public static Task WaitAsync(Task task, TimeSpan timeout, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(task);
        _ = site;
        return Controlled.IsActive
            ? task.WaitAsync(timeout, Controlled.Time, cancellationToken)
            : task.WaitAsync(timeout, cancellationToken);
    }

    /// <summary>Stands in for <see cref="Task{TResult}.WaitAsync(TimeSpan)"/>.</summary>
    /// <typeparam name="TResult">The task's result type.</typeparam>
    /// <param name="task">The task to wait for.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The task's result, or a task that faults with <see cref="TimeoutException"/> after the timeout.</returns>
    public static Task<TResult> WaitAsync<TResult>(Task<TResult> task, TimeSpan timeout, string site) =>
        WaitAsync(task, timeout, CancellationToken.None, site);

    /// <summary>Stands in for <see cref="Task{TResult}.WaitAsync(TimeSpan, CancellationToken)"/>.</summary>
    /// <typeparam name="TResult">The task's result type.</typeparam>
    /// <param name="task">The task to wait for.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <param name="site">The call site.</param>
    /// <returns>The task's result, or a task that faults with <see cref="TimeoutException"/> after the timeout.</returns>
    public static Task<TResult> WaitAsync<TResult>(Task<TResult> task, TimeSpan timeout, CancellationToken cancellationToken, string site)
    {
        ArgumentNullException.ThrowIfNull(task);
        _ = site;
        return Controlled.IsActive
            ? task.WaitAsync(timeout, Controlled.Time, cancellationToken)
            : task.WaitAsync(timeout, cancellationToken);
    }

    internal static TimeSpan Milliseconds(int milliseconds) =>
        milliseconds == Timeout.Infinite ? Timeout.InfiniteTimeSpan : TimeSpan.FromMilliseconds(milliseconds);
}
