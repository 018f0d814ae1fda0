using Harness;
using Harness.Xunit;
using Scenarios.Plain.Sessions;
using Scenarios.Synchronous;

namespace Scenarios.Plain.Tests.Sessions;

/// <summary>P04 in synchronous form: logins on thread-pool tasks write one plain Dictionary at once.</summary>
public sealed class SessionCacheFacts
{
    [ConcurrencyFact(ExpectedBug = BugKind.DataRace)]
    public Task Plain_dictionary_cache_races_on_concurrent_logins() => SynchronousCatalogue.LogInTwoUsers(new SessionCache());

    [ConcurrencyFact]
    public Task Concurrent_dictionary_cache_keeps_every_login() => SynchronousCatalogue.LogInTwoUsers(new ConcurrentSessionCache());

    [Fact]
    public void The_race_is_on_the_dictionary_and_names_the_line_that_writes_it()
    {
        var result = ConcurrencyTest.Explore(() => SynchronousCatalogue.LogInTwoUsers(new SessionCache()));

        Assert.Equal(BugKind.DataRace, result.Bug?.Kind);
        Assert.Contains("Dictionary", result.Bug!.Summary, StringComparison.Ordinal);
        Assert.Contains("SessionCache.cs:16", result.Bug.ToString(), StringComparison.Ordinal);
    }
}
