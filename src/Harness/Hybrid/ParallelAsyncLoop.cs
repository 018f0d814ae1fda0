using Harness.Interception;
using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// One <c>Parallel.ForEachAsync</c> or <c>Parallel.ForAsync</c> inside a run, step for step .NET 10's own: the call
/// queues one worker; a worker that has taken its first element queues the next while the degree of parallelism
/// allows; each worker takes elements one at a time (under an async lock, then checking the loop's token) and awaits
/// the body with the loop's internal token. A body's exception is recorded and cancels that token, so running bodies
/// see it; the last worker to finish disposes the enumerator and completes the task: Canceled when the caller's token
/// was cancelled, else Faulted with every recorded exception in the order they were recorded, else RanToCompletion.
/// Each worker is a controlled operation, so every await in a body or in MoveNextAsync is a scheduling point.
/// </summary>
internal sealed class ParallelAsyncLoop<T>
{
    private readonly ControlledRuntime runtime;
    private readonly string api;
    private readonly string site;
    private readonly Func<T, CancellationToken, ValueTask> body;
    private readonly CancellationToken external;
    private readonly CancellationTokenRegistration registration;
    private readonly CancellationTokenSource cancellation = new();
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ExecutionContext? context = ExecutionContext.Capture();

    // .NET's ForEachAsyncState is a TaskCompletionSource made without options: continuations may run synchronously.
    private readonly TaskCompletionSource completion = new();
    private ParallelAsyncSource<T> source = null!;
    private List<Exception>? exceptions;
    private int remainingWorkers;
    private int running;

    private ParallelAsyncLoop(ControlledRuntime runtime, string api, int degreeOfParallelism, CancellationToken external, Func<T, CancellationToken, ValueTask> body, string site)
    {
        this.runtime = runtime;
        this.api = api;
        this.site = site;
        this.body = body;
        this.external = external;
        remainingWorkers = degreeOfParallelism < 0 ? ParallelLoop.MaxWorkers : degreeOfParallelism;
        registration = external.UnsafeRegister(static state => ((ParallelAsyncLoop<T>)state!).cancellation.Cancel(), this);
    }

    /// <summary>
    /// Starts the loop. <paramref name="open"/> gets the loop's internal token (an async enumerator is opened with
    /// it, as in .NET); what it throws, as everything thrown before the first worker is queued, faults the task.
    /// The caller has handled what .NET answers without starting a worker (null arguments, a cancelled token).
    /// </summary>
    internal static Task Start(ControlledRuntime runtime, string api, int degreeOfParallelism, CancellationToken external, Func<CancellationToken, ParallelAsyncSource<T>> open, Func<T, CancellationToken, ValueTask> body, string site)
    {
        try
        {
            var loop = new ParallelAsyncLoop<T>(runtime, api, degreeOfParallelism, external, body, site);
            loop.source = open(loop.cancellation.Token);
            loop.QueueWorkerIfDopAvailable();
            return loop.completion.Task;
        }
        catch (Exception exception) when (exception is not IterationAbandonedException)
        {
            return Task.FromException(exception);
        }
    }

    private void QueueWorkerIfDopAvailable()
    {
        if (remainingWorkers == 0)
        {
            return;
        }

        remainingWorkers--;
        running++;

        // .NET runs every worker in the ExecutionContext of the call, not in that of the worker that queued it.
        if (context is null)
        {
            StartWorker();
        }
        else
        {
            ExecutionContext.Run(context, static state => ((ParallelAsyncLoop<T>)state!).StartWorker(), this);
        }
    }

    // Spawn order names them "#2", "#3"..., so a replay names the same operations alike.
    private void StartWorker() =>
        runtime.StartOperation(CallSite.OperationName(runtime, api, body, site), CallSite.Location(site), Work);

    private async Task Work()
    {
        bool launchedNext = false;
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                T item;
                if (source.Locked)
                {
                    await gate.WaitAsync(CancellationToken.None);
                    try
                    {
                        if (cancellation.IsCancellationRequested || !await source.MoveNextAsync())
                        {
                            break;
                        }

                        item = source.Current;
                    }
                    finally
                    {
                        gate.Release();
                    }
                }
                else if (await source.MoveNextAsync())
                {
                    item = source.Current;
                }
                else
                {
                    break;
                }

                if (!launchedNext)
                {
                    launchedNext = true;
                    QueueWorkerIfDopAvailable();
                }

                await body(item, cancellation.Token);
            }
        }
        catch (Exception exception) when (exception is not IterationAbandonedException)
        {
            RecordException(exception);
        }
        finally
        {
            if (--running == 0)
            {
                await DisposeAndComplete();
            }
        }
    }

    private async Task DisposeAndComplete()
    {
        try
        {
            registration.Dispose();
            await source.DisposeAsync();
        }
        catch (Exception exception) when (exception is not IterationAbandonedException)
        {
            RecordException(exception);
        }

        if (external.IsCancellationRequested)
        {
            // .NET assumes every exception then came from the caller's cancellation.
            completion.TrySetCanceled(external);
        }
        else if (exceptions is null)
        {
            completion.TrySetResult();
        }
        else
        {
            completion.TrySetException(exceptions);
        }
    }

    private void RecordException(Exception exception)
    {
        (exceptions ??= []).Add(exception);
        try
        {
            cancellation.Cancel();
        }
        catch (AggregateException thrown)
        {
            // A callback registered on the loop's token threw: .NET adds what it threw after the body's exception.
            exceptions.AddRange(thrown.InnerExceptions);
        }
    }
}
