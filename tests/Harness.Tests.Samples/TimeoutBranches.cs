using Harness.Xunit;

namespace Harness.Tests.Samples;

/// <summary>Records which branch of a WhenAny(work, timeout) race each iteration took, with and without TimerRaces.</summary>
public class TimeoutBranches
{
    private static readonly object Gate = new();
    private static readonly SortedSet<string> Seen = new(StringComparer.Ordinal);

    /// <summary>The branches seen since the last <see cref="Reset"/>, in order, e.g. "timeout work".</summary>
    public static string Branches
    {
        get
        {
            lock (Gate)
            {
                return string.Join(' ', Seen);
            }
        }
    }

    public static void Reset()
    {
        lock (Gate)
        {
            Seen.Clear();
        }
    }

    [ConcurrencyFact(Iterations = 100)]
    public Task Work_races_a_timeout() => Race();

    [ConcurrencyFact(Iterations = 100, TimerRaces = true)]
    public Task Work_races_a_timeout_that_may_win() => Race();

    private static async Task Race()
    {
        var work = Controlled.Run(async () =>
        {
            await Controlled.Yield();
            return 42;
        }, "work");
        var winner = await Task.WhenAny(work, Task.Delay(TimeSpan.FromMilliseconds(10), Controlled.Time));
        lock (Gate)
        {
            Seen.Add(winner == work ? "work" : "timeout");
        }
    }
}
