using Harness;
using Harness.Xunit;
using Scenarios.Plain.LogFields;

namespace Scenarios.Plain.Tests.LogFields;

/// <summary>P16 in synchronous form: request handlers on thread-pool tasks share one Dictionary of log fields.</summary>
public sealed class RequestLogFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.DataRace)]
    public Task Shared_log_fields_race_between_handlers() => HandleTwoRequests(new RequestLog());

    [ConcurrencyFact]
    public Task Fields_scoped_to_each_entry_keep_every_route() => HandleTwoRequests(new ScopedRequestLog());

    private static async Task HandleTwoRequests(IRequestLog log)
    {
        await RequestHandlers.HandleAllAsync(log, ("r1", "/orders"), ("r2", "/invoices"));
        Invariant.Assert(
            log.Entries.Order(StringComparer.Ordinal).SequenceEqual(["request=r1 route=/orders", "request=r2 route=/invoices"]),
            "each entry carries its own request's route: " + string.Join(" | ", log.Entries));
    }
}
