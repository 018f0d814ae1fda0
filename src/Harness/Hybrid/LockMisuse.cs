namespace Harness.Hybrid;

/// <summary>The exceptions a release, Wait or Pulse of a lock the caller does not own throws, worded as .NET's or better.</summary>
internal static class LockMisuse
{
    internal const string Fix =
        "Fix: never hold a lock across an await; guard the section with a SemaphoreSlim instead (await gate.WaitAsync(); try { ... } finally { gate.Release(); }).";

    /// <summary>.NET's own messages: a Lock says so, a Monitor uses the old wording.</summary>
    internal static SynchronizationLockException NotHeld(string call) =>
        new(call.StartsWith("Lock.", StringComparison.Ordinal)
            ? "The calling thread does not hold the lock."
            : "Object synchronization method was called from an unsynchronized block of code.");

    internal static SynchronizationLockException HeldAcrossAwait(string call, string? takenAt) =>
        new($"{call} on a lock taken at {takenAt ?? "?"} before an await: after an await the code may resume on another thread, which does not own the lock (lock ownership belongs to the thread), so .NET throws SynchronizationLockException here whenever it does. {Fix}");
}
