using Xunit.Sdk;
using Xunit.v3;

namespace Harness.Xunit;

/// <summary>Turns a <see cref="ConcurrencyFactAttribute"/> method into a test case, or misuse into a failing one.</summary>
internal sealed class ConcurrencyFactDiscoverer : IXunitTestCaseDiscoverer
{
    public ValueTask<IReadOnlyCollection<IXunitTestCase>> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, IXunitTestMethod testMethod, IFactAttribute factAttribute)
    {
        var details = TestIntrospectionHelper.GetTestCaseDetails(discoveryOptions, testMethod, factAttribute);
        IXunitTestCase testCase = Misuse.OfFact(testMethod) is { } problem
            ? new ExecutionErrorTestCase(details.ResolvedTestMethod, details.TestCaseDisplayName, details.UniqueID, details.SourceFilePath, details.SourceLineNumber, problem)
            : ConcurrencyTestCase.From(details, TestIntrospectionHelper.GetTraits(testMethod, dataRow: null), arguments: null);
        return new([testCase]);
    }
}
