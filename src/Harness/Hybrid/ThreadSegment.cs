namespace Harness.Hybrid;

/// <summary>
/// Which stretch of uninterrupted code runs on this thread: one step, from the moment the loop hands it the thread
/// until its callback returns, parks included (a parked thread keeps its stack). In .NET such a stretch runs on one
/// thread; after an await the code may resume on any thread. Lock ownership is modelled per segment, so a lock
/// taken before an await is not owned by the code after it, whatever thread the harness happens to use.
/// </summary>
internal static class ThreadSegment
{
    // The step number + 1 of the step running on this thread (0: none). Step numbers are unique per iteration, and
    // lock states live per iteration, so a stale value from an earlier iteration is never compared.
    [ThreadStatic]
    private static int current;

    internal static int Current => current;

    /// <summary>Marks the start of step <paramref name="step"/> on this thread; returns what to restore.</summary>
    internal static int Enter(int step)
    {
        int outer = current;
        current = step + 1;
        return outer;
    }

    internal static void Leave(int outer) => current = outer;
}
