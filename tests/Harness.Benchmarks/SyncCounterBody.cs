using Harness;

namespace Harness.Benchmarks;

/// <summary>
/// The synchronous counterpart of <see cref="LostUpdateBody"/>: each operation does ten times
/// <c>t = x; Controlled.Interleave(); x = t + 1;</c> in a body with no await, so every scheduling point parks a
/// thread (hybrid mode). No lock and no assertion: updates may be lost, and the figure measures whole schedules of
/// thread hand-offs, not how early a bug stops them.
/// </summary>
internal static class SyncCounterBody
{
    private const int Increments = 10;

    /// <summary>A test body with <paramref name="operations"/> synchronous operations.</summary>
    public static Func<Task> WithOperations(int operations) => () => RunAsync(operations);

    private static async Task RunAsync(int operations)
    {
        int x = 0;

        Task Increment()
        {
            for (int i = 0; i < Increments; i++)
            {
                int t = x;
                Controlled.Interleave();
                x = t + 1;
            }

            return Task.CompletedTask;
        }

        var workers = new Task[operations];
        for (int i = 0; i < operations; i++)
        {
            workers[i] = Controlled.Run(Increment, "increment");
        }

        await Task.WhenAll(workers);
    }
}
