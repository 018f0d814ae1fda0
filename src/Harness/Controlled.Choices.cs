using System.Runtime.CompilerServices;
using Harness.Hybrid;

namespace Harness;

/// <summary>Nondeterministic choices the strategies explore (Coyote's <c>Generator.NextInteger/NextBoolean</c>).</summary>
public static partial class Controlled
{
    /// <summary>
    /// A nondeterministic value in [0, <paramref name="count"/>), for test models of what the environment may do (a
    /// message lost or delivered, a call that fails or succeeds). Inside a harness run it is a decision of the
    /// strategy, like a scheduling decision: random exploration draws it, PCT and the exhaustive search enumerate it
    /// (a body with two <see cref="ChooseBool"/> calls has 4 schedules), it is recorded in the schedule, so replay
    /// reproduces it and shrinking keeps it (or lowers it towards 0), and the trace says
    /// <c>chooses 2 of 0..3 at Model.cs:12</c>. It is not a scheduling point: no other operation runs. Elsewhere
    /// (outside a run, or on a thread the harness does not control) it is <see cref="Random.Shared"/>'s pick.
    /// </summary>
    /// <param name="count">How many values there are; at least 1 (1 always gives 0 and records nothing).</param>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <returns>The chosen value, from 0 to <paramref name="count"/> - 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static int Choose(int count, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (count == 1)
        {
            return 0;
        }

        return SyncPoints.Active() is { } runtime ? runtime.Choose(count, SyncPoints.Site(file, line)) : Random.Shared.Next(count);
    }

    /// <summary>A nondeterministic <see langword="bool"/>: <see cref="Choose"/> of 2, true for 1.</summary>
    /// <param name="file">Filled in by the compiler.</param>
    /// <param name="line">Filled in by the compiler.</param>
    /// <returns>The chosen value.</returns>
    public static bool ChooseBool([CallerFilePath] string file = "", [CallerLineNumber] int line = 0) => Choose(2, file, line) == 1;
}
