namespace Harness.Diagnostics;

/// <summary>
/// One step of an await chain. <paramref name="Depth"/> 0 is the task that was asked about; deeper frames are
/// what it awaits. <paramref name="Method"/> is empty for a frame that is a pending task rather than a suspended
/// async method, and <paramref name="AwaitIndex"/> is 1-based (state N is await #N+1), 0 when not suspended.
/// </summary>
internal sealed record AwaitFrame(int Depth, string Method, int AwaitIndex, SourceLocation? Location, string Awaiting)
{
    /// <summary>The suspended async method's state machine type, for fixes that name its assembly; null for a pending task.</summary>
    public Type? StateMachine { get; init; }
}
