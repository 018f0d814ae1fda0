using System.Collections.Concurrent;
using Harness.Xunit;
using Xunit;

namespace Harness.Tests.Samples;

/// <summary>
/// Many concurrency test cases in several classes, which xUnit runs in parallel: each case must see only its
/// own operations, iterations and clock.
/// </summary>
public abstract class ManyRows
{
    public const int RowCount = 75;
    public const int IterationsPerRow = 20;

    public static ConcurrentDictionary<string, int> IterationsSeen { get; } = new();

    public static TheoryData<int> Rows => new(Enumerable.Range(0, RowCount));

    [ConcurrencyTheory(Iterations = IterationsPerRow)]
    [MemberData(nameof(Rows))]
    public async Task Each_row_sees_only_its_own_work(int row)
    {
        string key = $"{GetType().Name}/{row}";
        IterationsSeen.AddOrUpdate(key, 1, (_, n) => n + 1);
        var counter = new Counter();
        await Task.WhenAll(Controlled.Run(counter.AddGuardedAsync), Controlled.Run(counter.AddGuardedAsync));
        await Task.Delay(TimeSpan.FromSeconds(row), Controlled.Time);
        Invariant.Assert(counter.Total == 2, "both adds counted");
        Invariant.Assert(Controlled.Time.GetUtcNow() == new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(row), "the clock is this case's own");
    }
}

public sealed class ManyRowsA : ManyRows;

public sealed class ManyRowsB : ManyRows;

public sealed class ManyRowsC : ManyRows;

public sealed class ManyRowsD : ManyRows;
