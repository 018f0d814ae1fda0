using Harness.Tests.Samples;

namespace Harness.Tests.Xunit;

public sealed class MisuseTests
{
    [Theory]
    [InlineData(nameof(Misused.Fact_with_a_parameter), "use [ConcurrencyTheory]")]
    [InlineData(nameof(Misused.Fact_returning_void), "public async Task Fact_returning_void")]
    [InlineData(nameof(Misused.Fact_with_a_misspelt_strategy), "Did you mean \"random\"?")]
    public void Misuse_is_a_failing_test_with_the_fix_not_a_discovery_crash(string method, string fix)
    {
        var outcome = InProcessXunit.RunOne(typeof(Misused), method);

        Assert.False(outcome.Passed);
        Assert.Contains(fix, outcome.Message, StringComparison.Ordinal);
    }
}
