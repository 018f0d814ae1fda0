using System.Runtime.CompilerServices;

namespace Harness.Interception;

/// <summary>
/// <c>ConfigureAwait(false)</c> on <see cref="ValueTask"/> and <see cref="ValueTask{TResult}"/> (struct receivers,
/// so passed by reference): inside a harness run the captured context is kept, as for <see cref="TaskCalls"/>.
/// </summary>
public static class ValueTaskCalls
{
    /// <summary>Stands in for <see cref="ValueTask.ConfigureAwait(bool)"/>.</summary>
    /// <param name="task">The awaited value task.</param>
    /// <param name="continueOnCapturedContext">False to continue on the thread pool (outside a harness run).</param>
    /// <param name="site">The call site.</param>
    /// <returns>The configured awaitable.</returns>
    public static ConfiguredValueTaskAwaitable ConfigureAwait(ref ValueTask task, bool continueOnCapturedContext, string site)
    {
        _ = site;
        return task.ConfigureAwait(continueOnCapturedContext || Controlled.IsActive);
    }

    /// <summary>Stands in for <see cref="ValueTask{TResult}.ConfigureAwait(bool)"/>.</summary>
    /// <typeparam name="TResult">The value task's result type.</typeparam>
    /// <param name="task">The awaited value task.</param>
    /// <param name="continueOnCapturedContext">False to continue on the thread pool (outside a harness run).</param>
    /// <param name="site">The call site.</param>
    /// <returns>The configured awaitable.</returns>
    public static ConfiguredValueTaskAwaitable<TResult> ConfigureAwait<TResult>(ref ValueTask<TResult> task, bool continueOnCapturedContext, string site)
    {
        _ = site;
        return task.ConfigureAwait(continueOnCapturedContext || Controlled.IsActive);
    }
}
