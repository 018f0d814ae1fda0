using Harness.Diagnostics;
using Harness.Hybrid;

namespace Harness.Scheduling;

/// <summary>
/// Atomic sections (<see cref="Controlled.Atomic"/>): while one is open, synchronous scheduling points of the running
/// operation run through without parking, so no other operation runs inside it. Two things would break that, and
/// both are reported where they happen: a wait that blocks (it needs another operation to run), and the step ending
/// while the section is open (an await that suspended).
/// </summary>
internal sealed partial class ControlledRuntime
{
    private AtomicState? atomic;

    /// <summary>Opens (or nests) the running operation's atomic section; the token identifies it at <see cref="ExitAtomic"/>.</summary>
    internal object EnterAtomic(string site)
    {
        if (atomic is { } open)
        {
            open.Depth++;
            return open;
        }

        return atomic = new AtomicState(running!, site);
    }

    /// <summary>Closes one level of the section <paramref name="token"/>; a section already reported as broken is ignored.</summary>
    internal void ExitAtomic(object token)
    {
        if (atomic == token && --atomic.Depth == 0)
        {
            atomic = null;
        }
    }

    /// <summary>True when the running step is inside an atomic section: a point that would park runs through instead.</summary>
    private bool RunsThrough(ParkedWait wait)
    {
        if (atomic is null)
        {
            return false;
        }

        if (wait.Blocker is not null)
        {
            // BlockUntil parks only when the condition is false: nothing inside the section can make it true.
            throw Broken($"'{running!.Name}' would block at {wait.Site} ({wait.What}) inside the atomic section opened at {atomic.Site}: only another operation could end the wait, and none may run inside the section. Fix: wait before opening the section (using (Controlled.Atomic()) {{ ... }}), or end it before the wait.", wait.Site);
        }

        wait.ParkedAt = step;
        return true;
    }

    /// <summary>At the end of every step: a section still open means an await suspended inside it.</summary>
    private void CheckAtomicClosed()
    {
        if (atomic is { } open)
        {
            var exception = new InvalidOperationException($"'{open.Operation.Name}' suspended at an await inside the atomic section opened at {open.Site} (Controlled.Atomic): other operations run while it waits, so the section cannot be atomic. Fix: move the await out of the using (Controlled.Atomic()) {{ ... }} block, or end the section before awaiting; only synchronous code (and awaits that complete at once) can be atomic.");
            bug ??= Verdicts.AtomicSectionBroken(this, open.Operation, exception, Interception.CallSite.Location(open.Site));
            atomic = null;
        }
    }

    private InvalidOperationException Broken(string message, string site)
    {
        var exception = new InvalidOperationException(message);
        bug ??= Verdicts.AtomicSectionBroken(this, running!, exception, Interception.CallSite.Location(site));
        atomic = null;
        return exception;
    }

    private sealed class AtomicState(Operation operation, string site)
    {
        internal Operation Operation => operation;

        internal string Site => site;

        internal int Depth { get; set; } = 1;
    }
}
