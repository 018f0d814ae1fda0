using Harness.Strategies;

namespace Harness.Snapshots;

/// <summary>
/// One failing schedule as kept in a <c>.schedule.verified.txt</c> / <c>.schedule.received.txt</c> file.
/// <see cref="Verdict"/> is null only when the user edited the file to say <c>verdict: none</c>: the schedule
/// is then a regression fact that must pass.
/// </summary>
internal sealed record ScheduleSnapshot(
    int FormatVersion,
    string Test,
    string Settings,
    BugKind? Verdict,
    string Summary,
    string Details,
    IReadOnlyList<Choice> Schedule,
    IReadOnlyList<string> Trace)
{
    /// <summary>The format this harness writes and the newest it reads.</summary>
    internal const int CurrentFormatVersion = 1;

    /// <summary>The schedule exploration found before shrinking; present only when shrinking changed it. For reference: replay uses <see cref="Schedule"/>.</summary>
    public IReadOnlyList<Choice>? OriginalSchedule { get; init; }

    // Lists compare by reference in a generated record equality; a snapshot read back from disk must equal the
    // one written, so the lists compare by content.
    public bool Equals(ScheduleSnapshot? other) =>
        other is not null
        && FormatVersion == other.FormatVersion
        && Test == other.Test
        && Settings == other.Settings
        && Verdict == other.Verdict
        && Summary == other.Summary
        && Details == other.Details
        && Schedule.SequenceEqual(other.Schedule)
        && Trace.SequenceEqual(other.Trace, StringComparer.Ordinal)
        && (OriginalSchedule is null
            ? other.OriginalSchedule is null
            : other.OriginalSchedule is not null && OriginalSchedule.SequenceEqual(other.OriginalSchedule));

    public override int GetHashCode() =>
        HashCode.Combine(FormatVersion, Test, Verdict, Summary, Schedule.Count, Trace.Count);
}
