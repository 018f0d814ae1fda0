namespace Harness.Hybrid;

/// <summary>
/// A synchronous scheduling point an operation's thread is parked at: what it is about to do ("reads
/// Counter.total", "enters a lock"), where, and for a blocking wait, what it waits for.
/// </summary>
internal sealed class ParkedWait(string what, string? subject, string site, Blocker? blocker)
{
    /// <summary>What the operation does when it goes on, for traces: "reads Counter.total" (formatted only when asked).</summary>
    internal string What => subject is null ? what : what + " " + subject;

    internal string Site => site;

    /// <summary>Null when the point is ready at once (an interleaving point); else checked before each decision.</summary>
    internal Blocker? Blocker => blocker;

    /// <summary>The thread parked here.</summary>
    internal HybridThread? Thread { get; set; }

    /// <summary>The library the point was reached in, with no user frame on the stack (traced runs only; Diagnostics.LibraryCode).</summary>
    internal string? Library { get; set; }

    /// <summary>The step that ended by parking here: the thread runs nothing from then until it is resumed.</summary>
    internal int ParkedAt { get; set; }
}
