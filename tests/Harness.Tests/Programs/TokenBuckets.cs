using System.Threading.Channels;

namespace Harness.Tests.Programs;

/// <summary>
/// Issue 11's repro: a token counter guarded the way rate limiters and caches write it (WaitAsync, no await inside
/// the critical section), so a WaitAsync that finds the count free completes at once and posts nothing. The field
/// accesses are marked by hand, as rewritten code's would be.
/// </summary>
internal sealed class TokenBuckets
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private int tokens;

    /// <summary>Two acquisitions spawned as <c>() => bucket.TryAcquireAsync()</c>: a lambda that is not async.</summary>
    internal static Task GuardedPlainLambda() => Twice(counted: true, bucket => Controlled.Run(() => bucket.TryAcquireAsync(), "a"), bucket => Controlled.Run(() => bucket.TryAcquireAsync(), "b"));

    /// <summary>The same spawned as <c>async () => await bucket.TryAcquireAsync()</c>.</summary>
    internal static Task GuardedAsyncLambda() => Twice(counted: true, bucket => Controlled.Run(async () => await bucket.TryAcquireAsync(), "a"), bucket => Controlled.Run(async () => await bucket.TryAcquireAsync(), "b"));

    /// <summary>
    /// The bug the lock prevents: read, await, write back, with nothing held across the await. No assertion, so the
    /// race detector is the only way to find it.
    /// </summary>
    internal static Task UnguardedPlainLambda() => Twice(counted: false, bucket => Controlled.Run(() => bucket.AddUnguardedAsync(), "a"), bucket => Controlled.Run(() => bucket.AddUnguardedAsync(), "b"));

    internal static Task UnguardedAsyncLambda() => Twice(counted: false, bucket => Controlled.Run(async () => await bucket.AddUnguardedAsync(), "a"), bucket => Controlled.Run(async () => await bucket.AddUnguardedAsync(), "b"));

    /// <summary>Two un-awaited calls in one operation: two flows the detector tells apart by their threads, not their operation.</summary>
    internal static Task UnguardedInOneOperation() => Twice(counted: false, bucket => Task.WhenAll(bucket.AddUnguardedAsync(), bucket.AddUnguardedAsync()), _ => Task.CompletedTask);

    internal static Task GuardedInOneOperation() => Twice(counted: true, bucket => Task.WhenAll(bucket.TryAcquireAsync(), bucket.TryAcquireAsync()), _ => Task.CompletedTask);

    /// <summary>The writer hands the count over through a channel the reader may find already holding the item.</summary>
    internal static async Task HandedOverThroughAChannel()
    {
        var bucket = new TokenBuckets();
        var handOver = Channel.CreateUnbounded<int>();
        var reader = Controlled.Run(async () =>
        {
            await handOver.Reader.ReadAsync();
            bucket.Add();
        }, "reader");
        await Controlled.Run(() =>
        {
            bucket.Add();
            handOver.Writer.TryWrite(1);
            return Task.CompletedTask;
        }, "writer");
        await reader;
        Invariant.Assert(bucket.tokens == 2, "both adds are counted");
    }

    /// <summary>The second operation awaits the first one's task, which may have finished before the await.</summary>
    internal static async Task AfterAwaitingTheOtherOperation()
    {
        var bucket = new TokenBuckets();
        var first = Controlled.Run(() =>
        {
            bucket.Add();
            return Task.CompletedTask;
        }, "first");
        await Controlled.Run(async () =>
        {
            await first;
            bucket.Add();
        }, "second");
        Invariant.Assert(bucket.tokens == 2, "both adds are counted");
    }

    private static async Task Twice(bool counted, Func<TokenBuckets, Task> spawnA, Func<TokenBuckets, Task> spawnB)
    {
        var bucket = new TokenBuckets();
        await Task.WhenAll(spawnA(bucket), spawnB(bucket));
        Controlled.BeforeRead(bucket, "TokenBuckets.tokens");
        Invariant.Assert(!counted || bucket.tokens == 2, $"tokens is {bucket.tokens}, expected 2: an acquisition was lost");
    }

    private async Task<bool> TryAcquireAsync()
    {
        await gate.WaitAsync();
        try
        {
            Add();
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task AddUnguardedAsync()
    {
        Controlled.BeforeRead(this, "TokenBuckets.tokens");
        int read = tokens;
        await Task.Yield();
        Controlled.BeforeWrite(this, "TokenBuckets.tokens");
        tokens = read + 1;
    }

    private void Add()
    {
        Controlled.BeforeRead(this, "TokenBuckets.tokens");
        int read = tokens;
        Controlled.BeforeWrite(this, "TokenBuckets.tokens");
        tokens = read + 1;
    }
}
