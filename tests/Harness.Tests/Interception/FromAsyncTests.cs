using System.Collections.Concurrent;
using Harness.Interception;

namespace Harness.Tests.Interception;

/// <summary>
/// TaskFactory.FromAsync as the rewriter redirects it: over an APM wrapper of controlled work the whole call is
/// controlled (and explored); an IAsyncResult completed by a real thread, or one that is not a Task, is reported at once.
/// </summary>
public sealed class FromAsyncTests
{
    private static readonly ExplorationOptions Some = new() { Iterations = 100, Seed = 3 };

    [Fact]
    public void FromAsync_over_an_APM_wrapper_of_controlled_work_returns_its_result_in_every_schedule()
    {
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            var client = new PriceClient(42);
            int price = await TaskFactoryCalls.FromAsync(Task.Factory, client.BeginFetch, client.EndFetch, "order", "Prices.cs:9");
            Invariant.Assert(price == 42, $"the end method's result ({price})");
        }, Some);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void Two_fetches_that_update_a_total_across_FromAsync_lose_an_update_and_the_atomic_update_is_clean()
    {
        static Func<Task> Totals(bool atomic) => async () =>
        {
            int total = 0;
            var client = new PriceClient(5);
            Task Add() => Controlled.Run(async () =>
            {
                int seen = total;
                int price = await TaskFactoryCalls.FromAsync(Task<int>.Factory, client.BeginFetch, client.EndFetch, null, "Totals.cs:7");
                if (atomic)
                {
                    Interlocked.Add(ref total, price);
                }
                else
                {
                    total = seen + price;
                }
            });

            await Task.WhenAll(Add(), Add());
            Invariant.Assert(total == 10, $"both prices count ({total})");
        };

        Assert.Equal(BugKind.AssertionFailure, ConcurrencyTest.Explore(Totals(atomic: false), Some).Bug?.Kind);
        Assert.Null(ConcurrencyTest.Explore(Totals(atomic: true), Some).Bug);
    }

    [Fact]
    public void FromAsync_over_an_unfinished_Task_runs_the_end_method_controlled_with_dotnets_result_fault_and_cancellation()
    {
        var seen = new List<string>();
        var result = ConcurrencyTest.Explore(async () =>
        {
            seen.Clear();
            var gate = new TaskCompletionSource<int>();
            var fetched = TaskFactoryCalls.FromAsync(Task.Factory, gate.Task, done => ((Task<int>)done).Result * 2, "Iar.cs:4");
            var faulted = TaskFactoryCalls.FromAsync(Task.Factory, (IAsyncResult)gate.Task, _ => throw new InvalidOperationException("end failed"), "Iar.cs:5");
            var cancelled = TaskFactoryCalls.FromAsync<int>(Task.Factory, gate.Task, _ => throw new OperationCanceledException("end cancelled"), "Iar.cs:6");
            Invariant.Assert(!fetched.IsCompleted, "it waits for the result");
            await Controlled.Run(async () => { await Controlled.Yield(); gate.SetResult(21); }, "completer");
            seen.Add($"{await fetched}");
            await Task.WhenAny(faulted, cancelled);
            await Task.WhenAll(Task.WhenAny(faulted), Task.WhenAny(cancelled));
            seen.Add($"{faulted.Status} {faulted.Exception!.InnerException!.Message}");
            seen.Add($"{cancelled.Status}");
            try
            {
                await cancelled;
            }
            catch (OperationCanceledException thrown)
            {
                seen.Add(thrown.Message);
            }
        }, new ExplorationOptions { Iterations = 10 });

        Assert.Null(result.Bug);
        Assert.Equal(["42", "Faulted end failed", "Canceled", "end cancelled"], seen);
    }

    [Fact]
    public void FromAsync_over_an_unfinished_IAsyncResult_that_is_not_a_Task_is_reported_at_once_naming_the_call()
    {
        using var handle = new ManualResetEvent(false);
        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            await TaskFactoryCalls.FromAsync(Task.Factory, new HandleResult(handle), _ => { }, "Legacy.cs:12");
        }, new ExplorationOptions { Iterations = 1 });
        handle.Set();

        Assert.Equal(BugKind.UncontrolledConcurrency, result.Bug?.Kind);
        Assert.Contains("TaskFactory.FromAsync waits for an unfinished HandleResult, which is not a Task", result.Bug!.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_begin_method_completed_by_a_real_thread_is_reported_naming_the_call_and_tolerated_under_allow()
    {
        using var worker = new RealWorker();
        Func<Task> body = async () =>
        {
            await Controlled.Yield();
            int value = await TaskFactoryCalls.FromAsync(Task.Factory, worker.Begin, worker.End, null, "Socket.cs:20");
            Invariant.Assert(value == 7, "the real thread's value");
        };

        var reported = ConcurrencyTest.Explore(body, new ExplorationOptions { Iterations = 1 });
        var tolerated = ConcurrencyTest.Explore(body, new ExplorationOptions { Iterations = 1, UncontrolledConcurrency = UncontrolledConcurrencyMode.Allow });

        Assert.Equal(BugKind.UncontrolledConcurrency, reported.Bug?.Kind);
        Assert.Contains("TaskFactory.FromAsync at Socket.cs:20: the begin method's IAsyncResult was completed on a thread the harness does not control", reported.Bug!.Summary, StringComparison.Ordinal);
        Assert.Null(tolerated.Bug);
    }

    [Fact]
    public async Task Outside_a_run_FromAsync_is_the_factory_call()
    {
        var client = new PriceClient(3);

        Assert.Equal(3, await TaskFactoryCalls.FromAsync(Task.Factory, client.BeginFetch, client.EndFetch, null, "Outside.cs:1"));
    }

    /// <summary>An APM wrapper over a Task, as rewritten code makes one (its ContinueWith is the redirected one).</summary>
    private sealed class PriceClient(int price)
    {
        public IAsyncResult BeginFetch(AsyncCallback? callback, object? state)
        {
            var fetch = Controlled.Run(async () => { await Controlled.Yield(); return price; }, "fetch");
            var result = new TaskCompletionSource<int>(state);
            TaskCalls.ContinueWith(fetch, done =>
            {
                result.SetResult(done.Result);
                callback?.Invoke(result.Task);
            }, TaskScheduler.Default, "PriceClient.cs:9");
            return result.Task;
        }

        public int EndFetch(IAsyncResult result) => ((Task<int>)result).Result;
    }

    private sealed class HandleResult(WaitHandle handle) : IAsyncResult
    {
        public object? AsyncState => null;

        public WaitHandle AsyncWaitHandle => handle;

        public bool CompletedSynchronously => false;

        public bool IsCompleted => handle.WaitOne(0);
    }

    /// <summary>A real thread, started outside the run, that completes what it is handed before the begin method returns.</summary>
    private sealed class RealWorker : IDisposable
    {
        private readonly BlockingCollection<Action> work = [];
        private readonly Thread thread;

        public RealWorker()
        {
            thread = new Thread(() =>
            {
                foreach (var item in work.GetConsumingEnumerable())
                {
                    item();
                }
            }) { IsBackground = true };
            thread.Start();
        }

        public IAsyncResult Begin(AsyncCallback? callback, object? state)
        {
            var result = Task.FromResult(7);
            using var done = new ManualResetEventSlim();
            work.Add(() =>
            {
                callback?.Invoke(result);
                done.Set();
            });
            done.Wait(); // a real wait: the completion happens on the real thread within this step
            return result;
        }

        public int End(IAsyncResult result) => ((Task<int>)result).Result;

        public void Dispose()
        {
            work.CompleteAdding();
            thread.Join();
            work.Dispose();
        }
    }
}
