using System.Text;

namespace Harness.Tests.Programs;

/// <summary>Two operations of three steps each (two awaits apart): small enough to count every schedule by hand.</summary>
internal static class TwoByTwo
{
    /// <summary>
    /// Operations 'a' and 'b' append their letter, yield, append, yield, append; each iteration adds the order of
    /// the letters to <paramref name="orders"/>. Every scheduling choice is between the two operations, so each
    /// schedule gives its own order, such as "abbaab".
    /// </summary>
    internal static Func<Task> RecordingOrder(List<string> orders) => async () => orders.Add(await RunBoth(steps: 3));

    /// <summary>Like <see cref="RecordingOrder"/> with two steps per operation (one await apart).</summary>
    internal static Func<Task> RecordingTwoStepOrder(List<string> orders) => async () => orders.Add(await RunBoth(steps: 2));

    /// <summary>Fails in exactly one of the twenty schedules: the one whose order is <paramref name="order"/>.</summary>
    internal static Func<Task> FailingOnlyIn(string order) => async () =>
    {
        string seen = await RunBoth(steps: 3);
        Invariant.Assert(seen != order, $"the letters came in the order {seen}");
    };

    private static async Task<string> RunBoth(int steps)
    {
        var order = new StringBuilder();
        async Task Steps(char letter)
        {
            order.Append(letter);
            for (int step = 1; step < steps; step++)
            {
                await Task.Yield();
                order.Append(letter);
            }
        }

        await Task.WhenAll(Controlled.Run(() => Steps('a'), "a"), Controlled.Run(() => Steps('b'), "b"));
        return order.ToString();
    }

    /// <summary>Two operations each add 1 twice by read, await, write: the lost update of pitfall P05 in miniature.</summary>
    internal static async Task LostUpdate()
    {
        int total = 0;
        async Task AddTwice()
        {
            for (int i = 0; i < 2; i++)
            {
                int read = total;
                await Task.Yield();
                total = read + 1;
            }
        }

        await Task.WhenAll(Controlled.Run(AddTwice, "first"), Controlled.Run(AddTwice, "second"));
        Invariant.Assert(total == 4, $"total is {total}, expected 4: an update was lost");
    }
}
