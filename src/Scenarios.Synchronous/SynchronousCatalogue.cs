using System.Globalization;
using Harness;
using Scenarios.Plain.Banking;
using Scenarios.Plain.Enrollment;
using Scenarios.Plain.LogFields;
using Scenarios.Plain.Quoting;
using Scenarios.Plain.Sessions;
using Scenarios.Plain.Spooling;

namespace Scenarios.Synchronous;

/// <summary>
/// The synchronous forms of catalogue pitfalls, as the articles wrote them: plain <c>Task.Run</c> bodies with no
/// await, <c>Dictionary</c> writes and <c>lock</c> statements. Their code lives in Scenarios.Plain, which must be
/// rewritten at build time (named in "Assemblies" of the runner's coyote.json) for the harness to control it.
/// </summary>
public static class SynchronousCatalogue
{
    /// <summary>The entries, ids suffixed with "s" after the pitfall whose synchronous form they are.</summary>
    public static IReadOnlyList<Pitfall> All { get; } =
    [
        new("P04s", "concurrent Dictionary writes from login handlers", BugKind.DataRace, () => LogInTwoUsers(new SessionCache()), () => LogInTwoUsers(new ConcurrentSessionCache())),
        new("P05s", "lost update: total += n in Task.Run bodies", BugKind.DataRace, () => RegisterThreeBatches(new EnrollmentCounter()), () => RegisterThreeBatches(new LockedEnrollmentCounter())),
        new("P16s", "log fields in a shared Dictionary", BugKind.DataRace, () => HandleTwoRequests(new RequestLog()), () => HandleTwoRequests(new ScopedRequestLog())),
        new("P22s", "lock-ordering deadlock with lock statements", BugKind.Deadlock, () => CrossTransfers(Transfers.Move), () => CrossTransfers(Transfers.MoveInOrder)),
        new("S01", "lost wake-up: a printer resets its ManualResetEvent", BugKind.Deadlock, () => PrintTwoJobs(new SignalledSpooler()), () => PrintTwoJobs(new CheckedSpooler())),
        new("S02", "Parallel.ForEach adds to a shared List<T>", BugKind.DataRace, () => PriceThreeLines(ListQuoter.PriceAll), () => PriceThreeLines(BagQuoter.PriceAll)),
    ];

    /// <summary>Two users log in at once.</summary>
    /// <param name="cache">The session cache under test.</param>
    /// <returns>The test body's task.</returns>
    public static async Task LogInTwoUsers(ISessionCache cache)
    {
        ArgumentNullException.ThrowIfNull(cache);
        await LoginDesk.LogInAsync(cache, "ada", "grace");
        Invariant.Assert(cache.Count == 2, "both logins have a session");
    }

    /// <summary>Three registration batches are counted at once.</summary>
    /// <param name="counter">The counter under test.</param>
    /// <returns>The test body's task.</returns>
    public static async Task RegisterThreeBatches(IEnrollmentCounter counter)
    {
        ArgumentNullException.ThrowIfNull(counter);
        await Registrar.RegisterAsync(counter, 30, 25, 12);
        Invariant.Assert(counter.Total == 67, "every student is counted: 67 enrolled, the counter says " + counter.Total.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Two requests are handled and logged at once.</summary>
    /// <param name="log">The log under test.</param>
    /// <returns>The test body's task.</returns>
    public static async Task HandleTwoRequests(IRequestLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        await RequestHandlers.HandleAllAsync(log, ("r1", "/orders"), ("r2", "/invoices"));
        Invariant.Assert(
            log.Entries.Order(StringComparer.Ordinal).SequenceEqual(["request=r1 route=/orders", "request=r2 route=/invoices"]),
            "each entry carries its own request's route: " + string.Join(" | ", log.Entries));
    }

    /// <summary>Two transfers in opposite directions run at once.</summary>
    /// <param name="move">The transfer under test.</param>
    /// <returns>The test body's task.</returns>
    public static async Task CrossTransfers(Action<Account, Account, decimal> move)
    {
        var checking = new Account(1, 100m);
        var savings = new Account(2, 50m);
        await Transfers.CrossTransfersAsync(move, checking, savings);
        Invariant.Assert(checking.Balance + savings.Balance == 150m, "money is neither made nor lost");
    }

    /// <summary>Two jobs are submitted while the printer prints two.</summary>
    /// <param name="spooler">The spooler under test.</param>
    /// <returns>The test body's task.</returns>
    public static async Task PrintTwoJobs(ISpooler spooler)
    {
        ArgumentNullException.ThrowIfNull(spooler);
        using (spooler)
        {
            var printed = await PrintRoom.PrintTwoJobsAsync(spooler);
            Invariant.Assert(printed.Order(StringComparer.Ordinal).SequenceEqual(["invoice", "receipt"]), "both jobs are printed once: " + string.Join(", ", printed));
        }
    }

    /// <summary>A three-line quote is priced in parallel.</summary>
    /// <param name="priceAll">The quoter under test.</param>
    /// <returns>The test body's task.</returns>
    public static Task PriceThreeLines(Func<IEnumerable<QuoteLine>, IReadOnlyCollection<decimal>> priceAll)
    {
        ArgumentNullException.ThrowIfNull(priceAll);
        var totals = priceAll([new("pen", 3, 1.5m), new("pad", 2, 4m), new("ink", 1, 12m)]);
        Invariant.Assert(totals.Count == 3 && totals.Sum() == 24.5m, "every line is priced once: " + string.Join(", ", totals));
        return Task.CompletedTask;
    }
}
