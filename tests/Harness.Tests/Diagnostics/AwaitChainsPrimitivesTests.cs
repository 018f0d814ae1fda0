using System.Threading.Channels;
using Harness.Diagnostics;
using static Harness.Tests.Diagnostics.AwaitLines;

namespace Harness.Tests.Diagnostics;

public sealed class AwaitChainsPrimitivesTests
{
    private const string Me = nameof(AwaitChainsPrimitivesTests);

    [Fact]
    public async Task A_task_blocked_on_a_semaphore_names_the_await_line()
    {
        using var semaphore = new SemaphoreSlim(0);
        var task = WaitOnAsync(semaphore);
        try
        {
            Assert.Equal(
                [Frame(0, $"{Me}.WaitOnAsync", 1, nameof(WaitOnAsync), "SemaphoreSlim.WaitAsync")],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            semaphore.Release();
        }

        await task;
    }

    [Fact]
    public async Task A_semaphore_wait_with_a_token_is_shown_as_the_wait_not_its_internals()
    {
        using var semaphore = new SemaphoreSlim(0);
        using var cancel = new CancellationTokenSource();
        var task = WaitWithTokenAsync(semaphore, cancel.Token);
        try
        {
            Assert.Equal(
                [Frame(0, $"{Me}.WaitWithTokenAsync", 1, nameof(WaitWithTokenAsync), "SemaphoreSlim.WaitAsync")],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            semaphore.Release();
        }

        await task;
    }

    [Fact]
    public async Task A_read_from_an_empty_channel_is_named_as_a_channel_read()
    {
        var channel = Channel.CreateUnbounded<int>();
        var task = ReadAsync(channel.Reader);
        try
        {
            Assert.Equal(
                [Frame(0, $"{Me}.ReadAsync", 1, nameof(ReadAsync), "Channel<int> read")],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            channel.Writer.TryWrite(1);
        }

        Assert.Equal(1, await task);
    }

    [Fact]
    public async Task A_write_to_a_full_bounded_channel_is_named_as_a_channel_write()
    {
        var channel = Channel.CreateBounded<string>(1);
        Assert.True(channel.Writer.TryWrite("first"));
        var task = WriteAsync(channel.Writer, "second");
        try
        {
            Assert.Equal(
                [Frame(0, $"{Me}.WriteAsync", 1, nameof(WriteAsync), "Channel<string> write")],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            channel.Reader.TryRead(out _);
        }

        await task;
    }

    [Fact]
    public async Task Waiting_for_data_on_a_channel_is_named_as_wait_to_read()
    {
        var channel = Channel.CreateUnbounded<int>();
        var task = WaitToReadAsync(channel.Reader);
        try
        {
            Assert.Equal(
                [Frame(0, $"{Me}.WaitToReadAsync", 1, nameof(WaitToReadAsync), "Channel.WaitToReadAsync")],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            channel.Writer.Complete();
        }

        await task;
    }

    [Fact]
    public async Task A_custom_awaiter_is_named_by_its_type()
    {
        var awaitable = new CapturingAwaitable();
        var task = AwaitCustomAsync(awaitable);
        try
        {
            Assert.Equal(
                [Frame(0, $"{Me}.AwaitCustomAsync", 1, nameof(AwaitCustomAsync), nameof(CapturingAwaitable))],
                Show(AwaitChains.Describe(task)));
        }
        finally
        {
            awaitable.Resume();
        }

        await task;
    }

    private static async Task WaitOnAsync(SemaphoreSlim semaphore) => await At(semaphore.WaitAsync());

    private static async Task WaitWithTokenAsync(SemaphoreSlim semaphore, CancellationToken token) =>
        await At(semaphore.WaitAsync(token));

    private static async Task<int> ReadAsync(ChannelReader<int> reader) => await At(reader.ReadAsync());

    private static async Task WriteAsync(ChannelWriter<string> writer, string item) => await At(writer.WriteAsync(item));

    private static async Task WaitToReadAsync(ChannelReader<int> reader) => await At(reader.WaitToReadAsync());

    private static async Task AwaitCustomAsync(CapturingAwaitable awaitable) => await At(awaitable);
}
