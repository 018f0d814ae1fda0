using System.Runtime.CompilerServices;

namespace Harness;

/// <summary>The harness's invariant check, without a run to tell: a failed one throws, which Coyote reports.</summary>
public static class Invariant
{
    /// <summary>Throws <see cref="InvariantViolationException"/> when <paramref name="condition"/> is false.</summary>
    public static void Assert(bool condition, string message, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        if (!condition)
        {
            throw new InvariantViolationException(message);
        }
    }
}
