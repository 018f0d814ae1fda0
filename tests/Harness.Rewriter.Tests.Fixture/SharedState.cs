namespace Fixture;

/// <summary>Field accesses and collections the shared-memory hooks must (and must not) see.</summary>
public sealed class SharedState
{
    private static int instances;
    private readonly object gate = new();
    private readonly Lock latch = new();
    private readonly Dictionary<string, int> stock = [];
    private int total;
    private volatile bool stopping;

    public SharedState() => total = 0;

    public int Total => total;

    public static int Instances => instances;

    public void Add(int amount)
    {
        total += amount;
        instances++;
    }

    public int AddAtomically() => Interlocked.Increment(ref total);

    public bool Stop() => stopping = !stopping;

    public static Func<int>[] Readers(int[] amounts) => [.. amounts.Select(amount => (Func<int>)(() => amount))];

    public int CapturedInALoop()
    {
        int sum = 0;
        foreach (int amount in new[] { 1, 2 })
        {
            Func<int> read = () => amount + total;
            sum += read();
        }

        return sum;
    }

    public void AddLocked(int amount)
    {
        lock (gate)
        {
            total += amount;
        }
    }

    public void AddLatched(int amount)
    {
        lock (latch)
        {
            total += amount;
        }
    }

    public void Restock(string item, int units) => stock[item] = stock.TryGetValue(item, out int current) ? current + units : units;

    public static async Task<int> CapturedCounterAsync()
    {
        int counter = 0;
        await Task.WhenAll(Task.Run(() => counter++), Task.Run(() => counter++));
        return counter;
    }
}
