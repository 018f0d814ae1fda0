using Harness.Xunit;

namespace Harness.Tests.Samples;

public class Misused
{
    [ConcurrencyFact]
    public async Task Fact_with_a_parameter(int count) => await Task.Delay(count);

    [ConcurrencyFact]
    public void Fact_returning_void()
    {
    }

    [ConcurrencyFact(Strategy = "radnom")]
    public async Task Fact_with_a_misspelt_strategy() => await Task.Yield();
}
