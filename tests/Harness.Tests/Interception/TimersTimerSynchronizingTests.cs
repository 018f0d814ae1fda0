using System.Collections.Concurrent;
using System.ComponentModel;
using Harness.Interception;

namespace Harness.Tests.Interception;

/// <summary>
/// A System.Timers.Timer with a SynchronizingObject, as .NET 10 raises it (measured: InvokeRequired asked at each
/// raise, then BeginInvoke with an ElapsedEventHandler and [timer, args]): controlled when the object runs the
/// handlers in controlled code, reported naming the timer and the fix when it runs them on a thread of its own.
/// </summary>
public sealed class TimersTimerSynchronizingTests
{
    [Fact]
    public void A_synchronizing_object_that_needs_no_invoke_gets_the_handlers_raised_directly()
    {
        var fake = new InlineInvoker(invokeRequired: false);
        // Random: the default portfolio proves a one-schedule test in its first iteration and stops there.
        Assert.Null(Raise(fake, new ExplorationOptions { Strategy = SchedulingStrategy.Random, Iterations = 5 }).Bug);
        Assert.Equal(0, fake.Begun);
    }

    [Fact]
    public void A_synchronizing_object_that_invokes_in_controlled_code_gets_dotnets_delegate_and_arguments()
    {
        var fake = new InlineInvoker(invokeRequired: true);
        // Random: the default portfolio proves a one-schedule test in its first iteration and stops there.
        Assert.Null(Raise(fake, new ExplorationOptions { Strategy = SchedulingStrategy.Random, Iterations = 5 }).Bug);
        Assert.Equal(5, fake.Begun);
        Assert.Equal("ElapsedEventHandler(Timer, ElapsedEventArgs)", fake.Shape);
    }

    [Fact]
    public void A_synchronizing_object_that_runs_the_handlers_on_its_own_thread_is_reported_naming_the_timer_and_tolerated_under_allow()
    {
        using var invoker = new ThreadInvoker();
        var reported = Raise(invoker, new ExplorationOptions { Iterations = 1 });
        var tolerated = Raise(invoker, new ExplorationOptions { Iterations = 1, UncontrolledConcurrency = UncontrolledConcurrencyMode.Allow });

        Assert.Equal(BugKind.UncontrolledConcurrency, reported.Bug?.Kind);
        Assert.Contains("System.Timers.Timer made at Clock.cs:3: its SynchronizingObject (ThreadInvoker) ran the Elapsed handlers on a thread the harness does not control", reported.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("leave SynchronizingObject null in the test", reported.Bug.Summary, StringComparison.Ordinal);
        Assert.Null(tolerated.Bug);
    }

    private static ExplorationResult Raise(ISynchronizeInvoke synchronizing, ExplorationOptions options) =>
        ConcurrencyTest.Explore(async () =>
        {
            var raised = new TaskCompletionSource();
            var timer = TimersTimerCalls.Create(100, "Clock.cs:3");
            timer.SynchronizingObject = synchronizing;
            TimersTimerCalls.SetAutoReset(timer, false, "Clock.cs:5");
            TimersTimerCalls.AddElapsed(timer, (sender, _) => raised.TrySetResult(), "Clock.cs:6");
            TimersTimerCalls.Start(timer, "Clock.cs:7");
            await raised.Task;
            timer.Dispose();
        }, options);

    private sealed class InlineInvoker(bool invokeRequired) : ISynchronizeInvoke
    {
        public int Begun { get; private set; }

        public string? Shape { get; private set; }

        public bool InvokeRequired => invokeRequired;

        public IAsyncResult BeginInvoke(Delegate method, object?[]? args)
        {
            Begun++;
            Shape = $"{method.GetType().Name}({string.Join(", ", args!.Select(arg => arg!.GetType().Name))})";
            method.DynamicInvoke(args);
            return Task.CompletedTask;
        }

        public object? EndInvoke(IAsyncResult result) => null;

        public object? Invoke(Delegate method, object?[]? args) => method.DynamicInvoke(args);
    }

    /// <summary>Runs what it is handed on a real thread of its own, started outside the run, before BeginInvoke returns.</summary>
    private sealed class ThreadInvoker : ISynchronizeInvoke, IDisposable
    {
        private readonly BlockingCollection<Action> work = [];
        private readonly Thread thread;

        public ThreadInvoker()
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

        public bool InvokeRequired => true;

        public IAsyncResult BeginInvoke(Delegate method, object?[]? args)
        {
            using var done = new ManualResetEventSlim();
            work.Add(() =>
            {
                method.DynamicInvoke(args);
                done.Set();
            });
            done.Wait(); // a real wait, so the raise happens on the real thread within this step
            return Task.CompletedTask;
        }

        public object? EndInvoke(IAsyncResult result) => null;

        public object? Invoke(Delegate method, object?[]? args) => method.DynamicInvoke(args);

        public void Dispose()
        {
            work.CompleteAdding();
            thread.Join();
            work.Dispose();
        }
    }
}
