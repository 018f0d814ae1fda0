namespace Fixture;

/// <summary>Dedicated threads as real code writes them (issue 12).</summary>
public static class ThreadShapes
{
    public static int StartAndJoin()
    {
        int ran = 0;
        var worker = new Thread(() => ran++) { IsBackground = true };
        worker.Start();
        worker.Join();
        return ran;
    }

    public static object? StartWithArgument(object argument)
    {
        object? received = null;
        var worker = new Thread(value => received = value, 256 * 1024);
        worker.UnsafeStart(argument);
        return worker.Join(TimeSpan.FromSeconds(1)) ? received : null;
    }

    public static (bool Alive, ThreadState State) Inspect()
    {
        var worker = new Thread(() => { }, 0);
        worker.Start();
        worker.Join(1000);
        worker.Interrupt();
        return (worker.IsAlive, worker.ThreadState);
    }
}

/// <summary>A producer and a consumer over a BlockingCollection, as real code writes them (issue 12).</summary>
public static class BlockingCollectionShapes
{
    public static int ProduceAndConsume()
    {
        using var queue = new System.Collections.Concurrent.BlockingCollection<int>(boundedCapacity: 2);
        queue.Add(1);
        queue.TryAdd(2, 100);
        queue.CompleteAdding();
        int sum = queue.Take();
        if (queue.TryTake(out int next, TimeSpan.FromSeconds(1)))
        {
            sum += next;
        }

        foreach (int item in queue.GetConsumingEnumerable())
        {
            sum += item;
        }

        return sum;
    }

    public static int FromEither(System.Collections.Concurrent.BlockingCollection<int>[] queues)
    {
        System.Collections.Concurrent.BlockingCollection<int>.AddToAny(queues, 1);
        System.Collections.Concurrent.BlockingCollection<int>.TryAddToAny(queues, 2, 10);
        int from = System.Collections.Concurrent.BlockingCollection<int>.TakeFromAny(queues, out int item);
        return from + item + System.Collections.Concurrent.BlockingCollection<int>.TryTakeFromAny(queues, out _, 10);
    }
}

/// <summary>A thread body that asks for its own Thread (issue 12).</summary>
public static class CurrentThreadShapes
{
    public static string? NameOfCurrent() => Thread.CurrentThread.Name;
}
