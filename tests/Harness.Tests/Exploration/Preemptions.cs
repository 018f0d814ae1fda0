using Harness.Diagnostics;
using Harness.Scheduling;
using Harness.Strategies;

namespace Harness.Tests.Exploration;

/// <summary>Measures a recorded schedule the way the shrinker does: by following it with the guided strategy.</summary>
internal static class Preemptions
{
    internal static int Of(Func<Task> body, string schedule)
    {
        var steps = schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(text => Choice.TryParse(text, out var choice) ? (Directive?)new Directive(choice, Directive.UnknownOperation) : throw new FormatException(text))
            .ToList();
        EscapeListener.EnsureStarted();
        var guided = new GuidedStrategy(steps);
        guided.BeginIteration(0);
        using var capture = ThreadPoolCapture.Install();
        var runtime = new ControlledRuntime(guided, new RuntimeLimits(10_000), traced: false) { PoolCapture = capture };
        var outcome = runtime.Run(body, "test");
        Assert.Equal(schedule, string.Join(' ', outcome.Schedule));
        return guided.PreemptionSteps.Count;
    }
}
