using System.Text;

namespace Harness.Diagnostics;

/// <summary>
/// Where a suspended async operation is waiting: the chain of awaits from a task down to the thing that blocks
/// it, with the source line of each await, for deadlock and leaked-task reports.
/// </summary>
internal static class AwaitChains
{
    /// <summary>Frames from <paramref name="root"/> (depth 0) down to each leaf it waits on, depth first.</summary>
    /// <param name="root">The task of a suspended async method, or any other task.</param>
    /// <param name="related">
    /// Other tasks the caller knows of: non-generic Task.WhenAll and Unwrap keep no reference to what they wait on,
    /// so their children are found among these (and the awaiting method's own fields) by their continuations.
    /// </param>
    /// <param name="operations">
    /// Tasks that stand for named operations (their completions): a chain that reaches one ends there with the
    /// operation's name, since that operation's own chain is reported on its own.
    /// </param>
    public static IReadOnlyList<AwaitFrame> Describe(Task root, IEnumerable<Task>? related = null, IReadOnlyDictionary<Task, string>? operations = null)
    {
        ArgumentNullException.ThrowIfNull(root);
        return new AwaitChainWalker(related ?? [], operations).Walk(root);
    }

    /// <summary>As <see cref="Describe(Task, IEnumerable{Task}, IReadOnlyDictionary{Task, string})"/> for a ValueTask, read without converting it (AsTask would add a continuation).</summary>
    public static IReadOnlyList<AwaitFrame> Describe(ValueTask root, IEnumerable<Task>? related = null) =>
        RuntimeInternals.Read(root, RuntimeInternals.ValueTaskObjectField) is { } inner
            ? new AwaitChainWalker(related ?? [], null).Walk(inner)
            : [new AwaitFrame(0, "", 0, null, "completed")];

    /// <summary>
    /// True when some branch waits on the runtime's real timer (Task.Delay or WaitAsync without a controlled
    /// TimeProvider): the harness cannot fire it, so this is uncontrolled concurrency rather than a deadlock.
    /// </summary>
    public static bool IsWaitingOnRealTimer(IReadOnlyList<AwaitFrame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        return frames.Any(f => f.Awaiting.Contains(AwaitTargets.RealTimerMarker, StringComparison.Ordinal));
    }

    /// <summary>
    /// Each leaf first, then the awaits that lead to it (<c>&lt;-</c>), like a stack trace; a method's line says what
    /// it awaits unless that is simply the method on the line above. Stable: file names only, no ids.
    /// </summary>
    public static string Format(IReadOnlyList<AwaitFrame> frames)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var text = new StringBuilder();
        for (var i = 0; i < frames.Count; i++)
        {
            if (i + 1 < frames.Count && frames[i + 1].Depth > frames[i].Depth)
            {
                continue;
            }

            text.Append(Line(frames[i], child: null)).Append('\n');
            var child = frames[i];
            for (var j = i - 1; j >= 0 && child.Depth > 0; j--)
            {
                if (frames[j].Depth == child.Depth - 1)
                {
                    text.Append("  <- ").Append(Line(frames[j], child)).Append('\n');
                    child = frames[j];
                }
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    private static string Line(AwaitFrame frame, AwaitFrame? child)
    {
        if (frame.Method.Length == 0)
        {
            return frame.Awaiting;
        }

        if (frame.AwaitIndex == 0)
        {
            return $"{frame.Method} ({frame.Awaiting})";
        }

        var head = $"{frame.Method} (await #{frame.AwaitIndex})" + (frame.Location is null ? "" : $" {frame.Location}");
        return child is not null && frame.Awaiting == child.Method ? head : $"{head}  awaiting {frame.Awaiting}";
    }
}
