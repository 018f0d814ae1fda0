using System.Collections.Concurrent;

namespace Fixture;

/// <summary>One method per Parallel call shape, written as code writes them; the partitioner overloads are refused in a run.</summary>
public static class ParallelShapes
{
    public static void InvokeBoth(Action first, Action second) => Parallel.Invoke(first, second);

    public static void InvokeWithOptions(CancellationToken token, Action first) =>
        Parallel.Invoke(new ParallelOptions { CancellationToken = token }, first, () => { });

    public static bool ForEachIndex(int[] counts) => Parallel.For(0, counts.Length, index => counts[index]++).IsCompleted;

    public static void ForLongWithOptions(long[] values) =>
        Parallel.For(0L, values.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, index => values[index] = index);

    public static void ForEachItem(IEnumerable<int> items, ConcurrentBag<int> seen) => Parallel.ForEach(items, seen.Add);

    public static void ForEachItemWithOptions(IEnumerable<string> items, ConcurrentBag<string> seen) =>
        Parallel.ForEach(items, new ParallelOptions(), item => seen.Add(item));

    public static long? ForWithBreak(int count) => Parallel.For(0, count, (index, state) => state.Break()).LowestBreakIteration;

    public static bool ForEachWithIndexAndStop(List<string> items) =>
        Parallel.ForEach(items, new ParallelOptions(), (item, state, index) => state.Stop()).IsCompleted;

    public static void ForWithLocals(long count, Action<int> total) =>
        Parallel.For(0L, count, () => 0, (index, state, subtotal) => subtotal + 1, total);

    public static void ForEachWithLocals(int[] items, Action<int> total) =>
        Parallel.ForEach(items, () => 0, (item, state, subtotal) => subtotal + item, total);

    public static Task ForEachAsyncItems(IEnumerable<int> items, ConcurrentBag<int> seen) =>
        Parallel.ForEachAsync(items, (item, _) => { seen.Add(item); return default; });

    public static Task ForEachAsyncOverAsyncSource(IAsyncEnumerable<int> items, CancellationToken token) =>
        Parallel.ForEachAsync(items, token, (item, _) => default);

    public static Task ForAsyncLongWithOptions(long count) =>
        Parallel.ForAsync(0L, count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, (index, _) => default);

    public static void ForEachOverPartitioner(int[] items, ConcurrentBag<int> seen) =>
        Parallel.ForEach(Partitioner.Create(items, loadBalance: true), seen.Add);
}
