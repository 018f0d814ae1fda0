using Harness.Settings;

namespace Harness.Testing;

/// <summary>
/// An engine other than the harness's own that runs a concurrency test case (today only Coyote's, in the
/// Harness.Coyote assembly). It is loaded by assembly name, so this engine never references it and test projects
/// that do not use it never load it. It judges the run itself and reports every failure as a <see cref="TestRunFailure"/>.
/// </summary>
internal interface IOtherEngine
{
    /// <summary>Runs <paramref name="run"/>: its pinned or HARNESS_REPLAY schedule, else its verified one, else an exploration.</summary>
    /// <returns>What a passing run has to say, or null.</returns>
    /// <exception cref="TestRunFailure">The test failed, or its settings or snapshot cannot be used by this engine.</exception>
    string? Run(OtherEngineRun run);
}

/// <summary>One test case handed to an <see cref="IOtherEngine"/>.</summary>
/// <param name="Test">The test's name and snapshot paths.</param>
/// <param name="ExpectedBug">The bug an expected-bug fact must find, or null for a plain fact.</param>
/// <param name="PinnedReplay">The attribute's Replay path, relative to the snapshot folder, or null.</param>
/// <param name="Settings">The resolved settings.</param>
/// <param name="Body">One iteration's body.</param>
internal sealed record OtherEngineRun(TestIdentity Test, BugKind? ExpectedBug, string? PinnedReplay, EffectiveSettings Settings, Func<Task> Body);
