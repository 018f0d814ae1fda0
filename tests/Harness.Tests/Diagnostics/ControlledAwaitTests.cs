using System.Threading.Channels;

namespace Harness.Tests.Diagnostics;

/// <summary>Awaits that resume through the step's SynchronizationContext stay on the scheduler: nothing to report.</summary>
[Collection(EscapeListenerCollection.Name)]
public sealed class ControlledAwaitTests
{
    [Theory]
    [InlineData(TaskCreationOptions.None)]
    [InlineData(TaskCreationOptions.RunContinuationsAsynchronously)]
    public void Awaiting_a_source_completed_in_a_later_step_is_not_reported(TaskCreationOptions options)
    {
        var steps = new ControlledSteps();
        var source = new TaskCompletionSource(options);
        Task awaiter = Task.CompletedTask;

        steps.Step(() => awaiter = AwaitAll(source.Task, Task.WhenAll(source.Task)));
        steps.Step(source.SetResult);

        Assert.True(awaiter.IsCompletedSuccessfully);
        Assert.Empty(steps.Sink.Reports);
    }

    [Fact]
    public void Task_Yield_is_not_reported()
    {
        var steps = new ControlledSteps();
        Task yielder = Task.CompletedTask;

        steps.Step(() => yielder = YieldThrice());

        Assert.True(yielder.IsCompletedSuccessfully);
        Assert.Empty(steps.Sink.Reports);
    }

    [Fact]
    public void SemaphoreSlim_WaitAsync_released_in_a_later_step_is_not_reported()
    {
        var steps = new ControlledSteps();
        using var semaphore = new SemaphoreSlim(0);
        Task waiter = Task.CompletedTask;

        steps.Step(() => waiter = AwaitAll(semaphore.WaitAsync()));
        steps.Step(() => semaphore.Release());

        Assert.True(waiter.IsCompletedSuccessfully);
        Assert.Empty(steps.Sink.Reports);
    }

    [Fact]
    public async Task Channel_reads_and_writes_that_wait_across_steps_are_not_reported()
    {
        var steps = new ControlledSteps();
        var unbounded = Channel.CreateUnbounded<int>();
        var bounded = Channel.CreateBounded<int>(1);
        Task<int> read = Task.FromResult(0);
        Task write = Task.CompletedTask;

        steps.Step(() =>
        {
            read = ReadOne(unbounded.Reader, CancellationToken.None);
            bounded.Writer.TryWrite(1);
            write = WriteOne(bounded.Writer, 2);
        });
        steps.Step(() =>
        {
            unbounded.Writer.TryWrite(42);
            bounded.Reader.TryRead(out _);
        });

        Assert.True(read.IsCompletedSuccessfully);
        Assert.True(write.IsCompletedSuccessfully);
        Assert.Equal(42, await read);
        Assert.Empty(steps.Sink.Reports);
    }

    [Fact]
    public void Cancelling_channel_reads_and_writes_is_not_reported()
    {
        // .NET 10 channels queue a housekeeping work item from their cancellation callback: the one allow-listed enqueue.
        var steps = new ControlledSteps();
        using var cancel = new CancellationTokenSource();
        var full = Channel.CreateBounded<int>(1);
        full.Writer.TryWrite(1);
        var waits = new List<Task>();

        steps.Step(() =>
        {
            waits.Add(ReadOne(Channel.CreateUnbounded<int>().Reader, cancel.Token));
            waits.Add(ReadOne(Channel.CreateBounded<int>(1).Reader, cancel.Token));
            waits.Add(WaitToRead(Channel.CreateUnbounded<int>().Reader, cancel.Token));
            waits.Add(WriteOne(full.Writer, 2, cancel.Token));
        });
        steps.Step(cancel.Cancel);

        Assert.All(waits, wait => Assert.True(wait.IsCanceled));
        Assert.Empty(steps.Sink.Reports);
    }

    private static async Task AwaitAll(params Task[] tasks)
    {
        foreach (var task in tasks)
        {
            await task;
        }
    }

    private static async Task YieldThrice()
    {
        await Task.Yield();
        await Task.Yield();
        await Task.Yield();
    }

    private static async Task<int> ReadOne(ChannelReader<int> reader, CancellationToken token) => await reader.ReadAsync(token);

    private static async Task WaitToRead(ChannelReader<int> reader, CancellationToken token) => await reader.WaitToReadAsync(token);

    private static async Task WriteOne(ChannelWriter<int> writer, int item, CancellationToken token = default) =>
        await writer.WriteAsync(item, token);
}
