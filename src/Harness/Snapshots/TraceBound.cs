using System.Globalization;

namespace Harness.Snapshots;

/// <summary>
/// Keeps a long trace to its head and tail with one line in between saying how many lines were left out, so
/// a livelock of a million steps writes a snapshot of kilobytes, not a hundred megabytes. The schedule is never
/// cut (replay needs every choice); the elided lines come back by replaying it. The marker line is part of the
/// snapshot's trace, so a verified and a received file still compare head, count and tail.
/// </summary>
internal static class TraceBound
{
    internal const int Head = 200;
    internal const int Tail = 300;

    internal static IReadOnlyList<string> Apply(IReadOnlyList<string> trace, int head = Head, int tail = Tail)
    {
        ArgumentNullException.ThrowIfNull(trace);
        if (trace.Count <= head + tail + 1)
        {
            return trace;
        }

        int elided = trace.Count - head - tail;
        var kept = new List<string>(head + tail + 1);
        kept.AddRange(trace.Take(head));
        kept.Add(Marker(elided));
        kept.AddRange(trace.Skip(trace.Count - tail));
        return kept;
    }

    internal static string Marker(int elided) =>
        string.Create(CultureInfo.InvariantCulture, $"  ... {elided} trace lines elided (the schedule is complete: replay it to see them) ...");
}
