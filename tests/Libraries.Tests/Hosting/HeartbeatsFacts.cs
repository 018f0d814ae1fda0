using Harness;
using Libraries.Subjects.Hosting;

namespace Libraries.Tests.Hosting;

/// <summary>
/// A <see cref="Microsoft.Extensions.Hosting.BackgroundService"/> (Microsoft.Extensions.Hosting.Abstractions,
/// rewritten: its StartAsync queues ExecuteAsync with Task.Run) started, run for 3 s and stopped with a 5 s deadline.
/// </summary>
public sealed class HeartbeatsFacts
{
    private static readonly ExplorationOptions Options = new() { Seed = 1, Iterations = 100 };

    [Fact]
    public void A_service_that_honours_its_stopping_token_has_finished_when_stop_returns()
    {
        var result = ConcurrencyTest.Explore(() => StartAndStop(new Heartbeats(honourStop: true)), Options);

        Assert.Null(result.Bug);
    }

    [Fact]
    public void A_service_that_ignores_its_stopping_token_still_runs_after_stop_returns()
    {
        var result = ConcurrencyTest.Explore(() => StartAndStop(new Heartbeats(honourStop: false)), Options);

        Assert.Equal(BugKind.AssertionFailure, result.Bug?.Kind);
        Assert.Contains("still runs after StopAsync", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Null(result.ReplayProblem);
    }

    private static async Task StartAndStop(Heartbeats service)
    {
        var start = Controlled.Time.GetUtcNow();
        bool finished = await ServiceHost.RunAsync(service, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5));
        Invariant.Assert(finished, $"the service still runs after StopAsync returned ({service.Beats} beats)");
        Invariant.Assert(Controlled.Time.GetUtcNow() - start < TimeSpan.FromSeconds(9), "stopping took longer than the deadline");
    }
}
