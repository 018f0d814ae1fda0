using Harness.Snapshots;
using Harness.Strategies;

namespace Harness.Tests.Snapshots;

/// <summary>A hand-built snapshot with every kind of content, and its exact text.</summary>
internal static class Samples
{
    internal const string Path = "/x/TransferTests.Transfers_do_not_deadlock.schedule.verified.txt";

    internal static ScheduleSnapshot Deadlock() => new(
        ScheduleSnapshot.CurrentFormatVersion,
        "Orders.Tests.TransferTests.Transfers_do_not_deadlock",
        "strategy=random seed=0 iterations=1000 strategy-bound=3 max-steps=10000 watchdog=5s",
        BugKind.Deadlock,
        "the test body 'test' can never finish: 3 operations blocked, nothing ready, no timer pending.",
        "  'debit' (spawned at TransferTests.cs:4)\n      TransferTests.Transfer (await #3) TransferTests.cs:12  awaiting SemaphoreSlim.WaitAsync\n\n  'credit' (spawned at TransferTests.cs:5)",
        [new(0, 0), new(1, 2), new(0, 1), new(0, 3), new(0, 4)],
        [
            "    0  00:00:00.000  test                      starts",
            "    1  00:00:00.000  credit                    starts (spawned at TransferTests.cs:5)",
            "    2  00:00:01.500  debit                     resumes TransferTests.Transfer after await #2 (TransferTests.cs:11)",
        ]);

    internal const string DeadlockText = """
        harness schedule snapshot, format 1
        test: Orders.Tests.TransferTests.Transfers_do_not_deadlock
        settings: strategy=random seed=0 iterations=1000 strategy-bound=3 max-steps=10000 watchdog=5s
        verdict: Deadlock
        summary: the test body 'test' can never finish: 3 operations blocked, nothing ready, no timer pending.
        details:
            'debit' (spawned at TransferTests.cs:4)
                TransferTests.Transfer (await #3) TransferTests.cs:12  awaiting SemaphoreSlim.WaitAsync

            'credit' (spawned at TransferTests.cs:5)
        schedule (5 steps):
          0:0 1:2 0:1 0:3 0:4
        trace (3 lines):
              0  00:00:00.000  test                      starts
              1  00:00:00.000  credit                    starts (spawned at TransferTests.cs:5)
              2  00:00:01.500  debit                     resumes TransferTests.Transfer after await #2 (TransferTests.cs:11)

        """;

    internal static IReadOnlyList<Choice> Steps(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Choice(i % 3, i))];

    /// <summary>The sample text with one line replaced (1-based), for corruption tests.</summary>
    internal static string WithLine(int line, string replacement)
    {
        string[] lines = DeadlockText.Split('\n');
        lines[line - 1] = replacement;
        return string.Join('\n', lines);
    }
}
