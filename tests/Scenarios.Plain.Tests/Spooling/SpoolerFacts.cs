using Harness;
using Harness.Xunit;
using Scenarios.Plain.Spooling;
using Scenarios.Synchronous;

namespace Scenarios.Plain.Tests.Spooling;

/// <summary>S01: a printer that resets its ManualResetEvent after each wake-up loses the second job's signal.</summary>
public sealed class SpoolerFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.Deadlock)]
    public Task Printer_that_resets_its_event_after_waking_loses_a_job() => SynchronousCatalogue.PrintTwoJobs(new SignalledSpooler());

    [ConcurrencyFact]
    public Task Printer_that_resets_only_an_empty_queue_prints_every_job() => SynchronousCatalogue.PrintTwoJobs(new CheckedSpooler());

    [Fact]
    public void The_deadlock_names_the_wait_the_printer_never_returns_from()
    {
        var result = ConcurrencyTest.Explore(() => SynchronousCatalogue.PrintTwoJobs(new SignalledSpooler()));

        Assert.Equal(BugKind.Deadlock, result.Bug?.Kind);
        Assert.Contains("waits at SignalledSpooler.cs:28 for a ManualResetEvent nobody signals", result.Bug!.Summary, StringComparison.Ordinal);
    }
}
