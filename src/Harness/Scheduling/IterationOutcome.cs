using Harness.Diagnostics;
using Harness.Strategies;

namespace Harness.Scheduling;

/// <summary>What one iteration ended with: a bug or none, or a replay that diverged, and the schedule it ran.</summary>
internal sealed record IterationOutcome(
    BugReport? Bug,
    ReplayDivergenceException? Divergence,
    int Steps,
    TimeSpan VirtualTime,
    IReadOnlyList<Choice> Schedule,
    TraceLog? Trace);
