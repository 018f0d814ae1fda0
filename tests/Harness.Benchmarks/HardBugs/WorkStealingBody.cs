using Harness;

namespace Harness.Benchmarks.HardBugs;

/// <summary>
/// A work-stealing deque (after Chase and Lev) whose owner takes the last item without racing the thieves for
/// it: when bottom and top meet, the owner should win a compare-and-swap on top, but this one just takes the
/// item, so a thief that read top before the owner's decrement takes the same item. Every shared access goes
/// through a small async helper (an await inside it, then a return), so most scheduling points are helper
/// returns that touch nothing shared: the kind of program that dilutes a uniform random walk.
/// </summary>
internal static class WorkStealingBody
{
    private const int Items = 6;
    private const int Thieves = 2;

    public static Task RunAsync()
    {
        var deque = new Deque(Items);
        var taken = new int[Items];

        async Task OwnerAsync()
        {
            for (int i = 0; i < Items; i++)
            {
                await deque.PushAsync(i);
            }

            while (await deque.TakeAsync() is int item)
            {
                Invariant.Assert(++taken[item] == 1, "every item is taken once");
            }
        }

        async Task ThiefAsync()
        {
            for (int attempt = 0; attempt < Items; attempt++)
            {
                if (await deque.StealAsync() is int item)
                {
                    Invariant.Assert(++taken[item] == 1, "every item is taken once");
                }
            }
        }

        var operations = new List<Task> { Controlled.Run(OwnerAsync, "owner") };
        for (int i = 0; i < Thieves; i++)
        {
            operations.Add(Controlled.Run(ThiefAsync, "thief"));
        }

        return Task.WhenAll(operations);
    }

    private sealed class Deque(int capacity)
    {
        private readonly int[] items = new int[capacity];
        private int top;
        private int bottom;

        internal async Task PushAsync(int item)
        {
            int b = await LoadAsync(() => bottom);
            await StoreAsync(() => items[b] = item);
            await StoreAsync(() => bottom = b + 1);
        }

        internal async Task<int?> TakeAsync()
        {
            int b = await LoadAsync(() => bottom) - 1;
            await StoreAsync(() => bottom = b);
            int t = await LoadAsync(() => top);
            if (t > b)
            {
                await StoreAsync(() => bottom = t);
                return null;
            }

            // The bug: when t == b this is the last item, and the owner must win a CAS on top against the thieves.
            return await LoadAsync(() => items[b]);
        }

        internal async Task<int?> StealAsync()
        {
            int t = await LoadAsync(() => top);
            int b = await LoadAsync(() => bottom);
            if (t >= b)
            {
                return null;
            }

            int item = await LoadAsync(() => items[t]);
            return await CompareExchangeTopAsync(t) ? item : null;
        }

        private async Task<bool> CompareExchangeTopAsync(int expected)
        {
            await Task.Yield();
            if (top != expected)
            {
                return false;
            }

            top = expected + 1;
            return true;
        }

        private static async Task<int> LoadAsync(Func<int> read)
        {
            await Task.Yield();
            return read();
        }

        private static async Task StoreAsync(Func<int> write)
        {
            await Task.Yield();
            write();
        }
    }
}
