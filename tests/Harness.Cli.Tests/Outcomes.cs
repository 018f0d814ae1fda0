using Harness;
using Scenarios;

namespace Harness.Cli.Tests;

/// <summary>Ready-made pitfalls and outcomes, so each test states only what differs.</summary>
internal static class Outcomes
{
    internal static readonly Pitfall LostUpdate = new("P05", "lost update on a shared counter", BugKind.AssertionFailure, Passes, Passes);

    internal static VariantRun Found(BugKind kind, int iteration = 3, double virtualMilliseconds = 0) =>
        new(kind, iteration, 1000, TimeSpan.FromMilliseconds(virtualMilliseconds), $"{kind}: summary\nschedule: 0:0 1:1", null);

    internal static VariantRun Clean(int iterations = 1000) => new(null, iterations, iterations, TimeSpan.Zero, "", null);

    internal static PitfallOutcome AsExpected() => new(LostUpdate, Found(BugKind.AssertionFailure), Clean());

    internal static Task Passes() => Task.CompletedTask;

    internal static async Task FailsAnAssertion()
    {
        await Controlled.Yield();
        Invariant.Assert(false, "this body always fails");
    }

    internal static async Task Deadlocks()
    {
        await new TaskCompletionSource().Task;
    }
}
