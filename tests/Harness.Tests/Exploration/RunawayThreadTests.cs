using Harness.Hybrid;
using Harness.Scheduling;

namespace Harness.Tests.Exploration;

/// <summary>
/// A thread the watchdog gave up on keeps running synchronous code; the harness stops it at its next controlled
/// call instead of letting it burn a core for the rest of the test run. The spinning bodies wait for the watchdog's
/// decision itself (<see cref="ControlledRuntime.IsAbandoned"/>), so no test depends on how long anything takes.
/// </summary>
public sealed class RunawayThreadTests
{
    private static readonly ExplorationOptions TinyWatchdog = new() { WatchdogTimeout = TimeSpan.FromMilliseconds(20), Seed = 3 };

    public static TheoryData<string> ControlledCalls => ["Controlled.Run", "Controlled.Interleave", "Controlled.BeforeWrite", "Controlled.Time.GetUtcNow", "Task.Delay on Controlled.Time"];

    [Theory]
    [MemberData(nameof(ControlledCalls))]
    public void An_abandoned_thread_stops_at_its_next_controlled_call(string call)
    {
        // Two threads get abandoned: the exploring run's and the traced re-run's.
        using var stopped = new CountdownEvent(2);
        int started = 0;

        var result = ConcurrencyTest.Explore(async () =>
        {
            Interlocked.Increment(ref started);
            await Controlled.Yield();
            var runtime = ControlledRuntime.Current!;
            while (!runtime.IsAbandoned)
            {
                // Spins without a scheduling point, as an infinite synchronous loop does.
            }

            try
            {
                await MakeCall(call);
            }
            catch (IterationAbandonedException)
            {
                stopped.Signal();
                throw;
            }
        }, TinyWatchdog);

        Assert.Equal(BugKind.BlockingWait, result.Bug!.Kind);
        Assert.Contains("The harness stops the abandoned thread at its next scheduling point, controlled call or loop back-edge", result.Bug.Summary, StringComparison.Ordinal);
        Assert.True(stopped.Wait(TimeSpan.FromMinutes(2)), "an abandoned thread went on past its controlled call");
        Assert.Equal(2, Volatile.Read(ref started));
    }

    [Fact]
    public void A_loop_polling_the_virtual_clock_stops_once_abandoned()
    {
        using var stopped = new CountdownEvent(2);

        var result = ConcurrencyTest.Explore(async () =>
        {
            await Controlled.Yield();
            var deadline = Controlled.Time.GetUtcNow().AddSeconds(1);
            try
            {
                // Virtual time never moves inside a step: without the harness's stop this spins forever.
                while (Controlled.Time.GetUtcNow() < deadline)
                {
                }
            }
            catch (IterationAbandonedException)
            {
                stopped.Signal();
                throw;
            }
        }, TinyWatchdog);

        Assert.Equal(BugKind.BlockingWait, result.Bug!.Kind);
        Assert.True(stopped.Wait(TimeSpan.FromMinutes(2)), "the polling loop was not stopped");
    }

    [Fact]
    public void An_abandoned_thread_that_finishes_its_step_runs_no_further_iteration()
    {
        int started = 0;
        using var finished = new CountdownEvent(2);

        var result = ConcurrencyTest.Explore(async () =>
        {
            Interlocked.Increment(ref started);
            await Controlled.Yield();
            var runtime = ControlledRuntime.Current!;
            while (!runtime.IsAbandoned)
            {
            }

            finished.Signal();
            await Controlled.Yield();
            finished.Reset(); // unreachable: the iteration is over, so the continuation never runs
        }, TinyWatchdog with { Iterations = 50 });

        Assert.Equal(BugKind.BlockingWait, result.Bug!.Kind);
        Assert.True(finished.Wait(TimeSpan.FromMinutes(2)));
        Assert.Equal(2, Volatile.Read(ref started));
    }

    [Fact]
    public void A_thread_that_reaches_no_controlled_call_is_reported_as_not_stopped()
    {
        var release = new System.Runtime.CompilerServices.StrongBox<bool>();
        try
        {
            var result = ConcurrencyTest.Explore(async () =>
            {
                await Controlled.Yield();
                while (!Volatile.Read(ref release.Value))
                {
                    // Reaches nothing the harness controls until the test lets it go.
                }
            }, TinyWatchdog);

            Assert.Equal(BugKind.BlockingWait, result.Bug!.Kind);
            Assert.StartsWith("The harness could not stop 2 threads it abandoned (running 'test'): no scheduling point, controlled call or rewritten loop back-edge came within 2 s", result.UnstoppedThreads, StringComparison.Ordinal);
        }
        finally
        {
            Volatile.Write(ref release.Value, true);
        }
    }

    private static async Task MakeCall(string call)
    {
        switch (call)
        {
            case "Controlled.Run":
                await Controlled.Run(() => Task.CompletedTask);
                break;
            case "Controlled.Interleave":
                Controlled.Interleave();
                break;
            case "Controlled.BeforeWrite":
                Controlled.BeforeWrite(null, "field");
                break;
            case "Controlled.Time.GetUtcNow":
                _ = Controlled.Time.GetUtcNow();
                break;
            default:
                await Task.Delay(TimeSpan.FromSeconds(1), Controlled.Time);
                break;
        }
    }
}
