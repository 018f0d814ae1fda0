using System.Diagnostics;

namespace Harness.Diagnostics;

/// <summary>A real timer a step armed: the runtime's id for it, its due time, the operation and the stack that armed it.</summary>
internal sealed record RealTimerArmed(long TimerId, int DueMilliseconds, string Operation, StackTrace Where)
{
    /// <summary>The call that armed it, as the user wrote it: "new Timer", "Task.Delay", "CancellationTokenSource.CancelAfter".</summary>
    internal string Call
    {
        get
        {
            var frames = Where.GetFrames();
            string? call = null;
            foreach (var frame in frames)
            {
                if (frame.GetMethod() is not { DeclaringType: { } type } method)
                {
                    continue;
                }

                if (EscapeSite.IsUserType(type))
                {
                    break;
                }

                // The last public framework frame before user code is the API the user called.
                if (EscapeSite.IsFramework(type) && method.IsPublic && type.IsPublic)
                {
                    call = method.IsConstructor ? "new " + FriendlyTypeNames.Of(type) : FriendlyTypeNames.Of(type) + "." + method.Name;
                }
            }

            return call ?? "a real timer";
        }
    }
}
