namespace Harness;

/// <summary>What a run does with work the harness cannot control (<see cref="ExplorationOptions.UncontrolledConcurrency"/>).</summary>
public enum UncontrolledConcurrencyMode
{
    /// <summary>Report it as <see cref="BugKind.UncontrolledConcurrency"/>, naming the call and the fix. The default.</summary>
    Report,

    /// <summary>
    /// Tolerate it: the run goes on partly controlled, waits in real time (up to the watchdog timeout) for such work
    /// to wake controlled code before it calls the iteration stuck, and the report of any bug found says the run was
    /// only partly controlled, so its schedule may not replay.
    /// </summary>
    Allow,
}
