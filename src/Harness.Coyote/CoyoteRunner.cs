using System.Diagnostics;
using Microsoft.Coyote;
using Microsoft.Coyote.SystematicTesting;

namespace Harness.Coyote;

/// <summary>Runs a body under Coyote's TestingEngine, silently, and reads its report.</summary>
internal static class CoyoteRunner
{
    /// <summary>Explores or replays (as <paramref name="configuration"/> says) and returns the first bug, if any.</summary>
    /// <remarks>
    /// The time budget stops the engine from a timer: Coyote's own testing timeout (WithTestingTimeout) ended the
    /// whole test host here, silently, in 1.7.11.
    /// </remarks>
    internal static CoyoteOutcome Run(Configuration configuration, Func<Task> body, TimeSpan? budget = null)
    {
        var clock = Stopwatch.StartNew();
        using var engine = TestingEngine.Create(configuration, body);
        engine.SetLogger(new SilentLogger());
        int iterations = 0;
        engine.RegisterStartIterationCallBack(iteration => iterations = (int)iteration + 1);
        using var stop = budget is { } limit ? new Timer(_ => engine.Stop(), null, limit, Timeout.InfiniteTimeSpan) : null;
        engine.Run();
        var report = engine.TestReport;
        var bug = report.NumOfFoundBugs > 0 && report.BugReports.Count > 0
            ? CoyoteVerdict.From(report.BugReports.First())
            : null;
        return new CoyoteOutcome(iterations, bug, bug is null ? "" : engine.ReproducibleTrace ?? "", clock.Elapsed);
    }
}
