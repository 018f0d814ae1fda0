using Harness.Diagnostics;

namespace Harness.Tests.Diagnostics;

[Collection(EscapeListenerCollection.Name)]
public sealed class BlockingWaitTests
{
    [Fact]
    public void A_timed_Wait_on_an_unfinished_task_is_reported_as_a_blocking_wait_at_its_call_site()
    {
        var steps = new ControlledSteps();
        var never = new TaskCompletionSource();
        var site = "";

        steps.Step(() =>
        {
            site = Sites.NextLine();
            never.Task.Wait(TimeSpan.FromMilliseconds(1));
        });

        var report = Assert.Single(steps.Sink.Reports);
        Assert.True(report.IsBlockingWait);
        Assert.Equal(EscapeMessages.BlockingWait, report.What);
        Assert.Equal(site, report.Site?.ToString());
    }

    public static TheoryData<string> UntimedWaits => ["Result", "Wait", "GetResult"];

    [Theory]
    [MemberData(nameof(UntimedWaits))]
    public void An_untimed_wait_on_an_unfinished_task_is_reported_before_the_thread_blocks(string how)
    {
        var steps = new ControlledSteps();
        var source = new TaskCompletionSource<int>();
        // The report comes before the wait starts: completing the task there lets the wait return instead of hanging.
        steps.Sink.OnBlockingWaitHook = () => source.TrySetResult(42);
        using var watchdog = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        using var _ = watchdog.Token.Register(() => source.TrySetException(new TimeoutException("no blocking-wait report")));
        var value = 0;

        steps.Step(() => value = how switch
        {
            "Result" => source.Task.Result,
            "Wait" => source.Task.Wait(Timeout.Infinite) ? 42 : 0,
            _ => source.Task.GetAwaiter().GetResult(),
        });

        Assert.Equal(42, value);
        Assert.Equal(EscapeMessages.BlockingWait, Assert.Single(steps.Sink.Reports).What);
    }

    [Fact]
    public void Result_Wait_and_GetResult_on_completed_tasks_are_not_reported()
    {
        var steps = new ControlledSteps();

        steps.Step(() =>
        {
            _ = Task.FromResult(1).Result;
            Task.CompletedTask.Wait();
            Task.CompletedTask.GetAwaiter().GetResult();
        });

        Assert.Empty(steps.Sink.Reports);
    }

    [Fact]
    public void Awaiting_an_unfinished_task_is_not_a_blocking_wait()
    {
        var steps = new ControlledSteps();
        var source = new TaskCompletionSource();

        steps.Step(() => _ = Await(source.Task));
        steps.Step(source.SetResult);

        Assert.Empty(steps.Sink.Reports);
    }

    private static async Task Await(Task task) => await task;
}
