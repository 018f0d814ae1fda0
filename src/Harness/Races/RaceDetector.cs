namespace Harness.Races;

/// <summary>
/// Data races, reported only when the schedule proves them: two conflicting accesses to one location, where the
/// later one's thread had been parked at its access since before the earlier one ran. That thread ran
/// nothing in between, so nothing it did can order the two (no release it saw, no await that completed at once, no
/// flag it read): either access could have gone first. Any other pair is left alone, however it was synchronised,
/// because the harness cannot see every synchronisation (docs/engine.md, data races). Per location it keeps the last
/// write and the latest read of each operation since (FastTrack's shape): if any conflicting access came after the
/// parking step, the latest one did.
/// <para>
/// Nothing runs per step: the detector exists once the first access of an iteration is checked.
/// </para>
/// </summary>
internal sealed class RaceDetector
{
    private readonly Dictionary<Location, AccessHistory> histories = [];

    /// <summary>
    /// Records an access made at the start of the step that resumed a thread parked at step
    /// <paramref name="parkedAt"/>; returns the race it makes with an earlier access, if any.
    /// </summary>
    internal DataRace? OnAccess(Location location, Access access, int parkedAt)
    {
        if (!histories.TryGetValue(location, out var history))
        {
            history = new AccessHistory();
            histories.Add(location, history);
        }

        if (history.LastWrite is { } write && Unordered(write, access, parkedAt))
        {
            return new DataRace(location.Field, write, access);
        }

        if (access.IsWrite)
        {
            foreach (var read in history.Reads)
            {
                if (Unordered(read, access, parkedAt))
                {
                    return new DataRace(location.Field, read, access);
                }
            }

            history.Reads.Clear();
            history.LastWrite = access;
            return null;
        }

        history.Reads.RemoveAll(read => read.Operation == access.Operation);
        history.Reads.Add(access);
        return null;
    }

    // No test of the operations: the thread's own accesses all lie at or before its parking step, and an access by
    // another flow of the same operation after it is as unordered as one by another operation.
    private static bool Unordered(Access earlier, Access now, int parkedAt) => earlier.Step > parkedAt;
}
