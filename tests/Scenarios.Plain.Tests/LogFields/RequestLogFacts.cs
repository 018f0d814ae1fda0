using Harness;
using Harness.Xunit;
using Scenarios.Plain.LogFields;
using Scenarios.Synchronous;

namespace Scenarios.Plain.Tests.LogFields;

/// <summary>P16 in synchronous form: request handlers on thread-pool tasks share one Dictionary of log fields.</summary>
public sealed class RequestLogFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.DataRace)]
    public Task Shared_log_fields_race_between_handlers() => SynchronousCatalogue.HandleTwoRequests(new RequestLog());

    [ConcurrencyFact]
    public Task Fields_scoped_to_each_entry_keep_every_route() => SynchronousCatalogue.HandleTwoRequests(new ScopedRequestLog());
}
