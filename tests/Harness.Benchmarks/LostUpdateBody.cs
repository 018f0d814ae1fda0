using Harness;

#if COYOTE_BODY
// Compiled again into Harness.Benchmarks.CoyoteBodies, which Coyote rewrites: there the operations start with
// Task.Run, since a Task.Run inside Harness (Controlled.Run) is not rewritten and Coyote would not control it.
namespace Harness.Benchmarks.CoyoteBodies;
#else
namespace Harness.Benchmarks;
#endif

/// <summary>
/// The lost-update test of issue 5 in its fixed variant: each operation does ten times
/// <c>t = x; await Task.Yield(); x = t + 1;</c> under a SemaphoreSlim, so every iteration runs to the end and
/// the benchmark measures whole schedules, not how early a bug stops them.
/// </summary>
internal static class LostUpdateBody
{
    private const int Increments = 10;

    /// <summary>A test body with <paramref name="operations"/> operations; uncontrolled, Controlled.Run is Task.Run.</summary>
    public static Func<Task> WithOperations(int operations) => () => RunAsync(operations);

    private static async Task RunAsync(int operations)
    {
        int x = 0;
        using var gate = new SemaphoreSlim(1, 1);

        async Task IncrementAsync()
        {
            for (int i = 0; i < Increments; i++)
            {
                await gate.WaitAsync();
                try
                {
                    int t = x;
                    await Task.Yield();
                    x = t + 1;
                }
                finally
                {
                    gate.Release();
                }
            }
        }

        var workers = new Task[operations];
        for (int i = 0; i < operations; i++)
        {
#if COYOTE_BODY
            workers[i] = Task.Run(IncrementAsync);
#else
            workers[i] = Controlled.Run(IncrementAsync, "increment");
#endif
        }

        await Task.WhenAll(workers);
        Invariant.Assert(x == operations * Increments, "no increment is lost");
    }
}
