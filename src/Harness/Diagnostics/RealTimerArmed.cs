using System.Diagnostics;

namespace Harness.Diagnostics;

/// <summary>A real timer a step armed: the runtime's id for it, its due time, the operation and the stack that armed it.</summary>
internal sealed record RealTimerArmed(long TimerId, int DueMilliseconds, string Operation, StackTrace Where)
{
    /// <summary>The call that armed it, as the user wrote it: "new Timer", "Task.Delay", "new TokenBucketRateLimiter".</summary>
    internal string Call => LibraryCalls.UserCalled(Where) is { } call ? LibraryCalls.Describe(call) : "a real timer";
}
