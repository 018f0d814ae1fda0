using Xunit.Sdk;

namespace Harness.Xunit;

/// <summary>
/// Discovery options that always list a concurrency theory's rows one by one. xUnit v3 lists rows at discovery only
/// when the runner asks for it (dotnet test's adapter does, the test project's own console runner does not by
/// default), but each row needs its own test case to own its schedule snapshot, so the theory would otherwise fail
/// under <c>dotnet run</c>. Every other option, and every other test's discovery, is left as the runner set it.
/// </summary>
internal sealed class RowByRowDiscoveryOptions(ITestFrameworkDiscoveryOptions inner) : ITestFrameworkDiscoveryOptions
{
    public TValue? GetValue<TValue>(string name) =>
        name == TestOptionsNames.Discovery.PreEnumerateTheories ? (TValue?)(object?)true : inner.GetValue<TValue>(name);

    public void SetValue<TValue>(string name, TValue value) => inner.SetValue(name, value);

    public string ToJson() => inner.ToJson();
}
