namespace Harness.Hybrid;

/// <summary>
/// Why a parked synchronous wait cannot go on yet. The scheduler asks <see cref="IsReady"/> before every decision
/// instead of intercepting every release: a monitor freed, a semaphore with a count, an event set, a task finished.
/// </summary>
internal abstract class Blocker
{
    internal abstract bool IsReady();

    /// <summary>For deadlock reports: what the operation waits for, e.g. "a lock held by 'credit'".</summary>
    internal abstract string Describe();
}

/// <summary>A blocker over a predicate; allocated only when a wait really blocks.</summary>
internal sealed class PredicateBlocker(Func<bool> ready, Func<string> describe) : Blocker
{
    internal override bool IsReady() => ready();

    internal override string Describe() => describe();
}
