using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace Harness.Xunit;

/// <summary>
/// Lists one test case per data row of a <see cref="ConcurrencyTheoryAttribute"/> method, so each row explores,
/// fails and keeps its schedule snapshot on its own.
/// </summary>
internal sealed class ConcurrencyTheoryDiscoverer : TheoryDiscoverer
{
    public override async ValueTask<IReadOnlyCollection<IXunitTestCase>> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, IXunitTestMethod testMethod, IFactAttribute factAttribute)
    {
        if (Misuse.OfTheory(testMethod) is { } problem)
        {
            return [Error(discoveryOptions, testMethod, factAttribute, problem)];
        }

        return await base.Discover(new RowByRowDiscoveryOptions(discoveryOptions), testMethod, factAttribute).ConfigureAwait(false);
    }

    protected override ValueTask<IReadOnlyCollection<IXunitTestCase>> CreateTestCasesForDataRow(ITestFrameworkDiscoveryOptions discoveryOptions, IXunitTestMethod testMethod, ITheoryAttribute theoryAttribute, ITheoryDataRow dataRow, object?[] testMethodArguments)
    {
        var details = TestIntrospectionHelper.GetTestCaseDetailsForTheoryDataRow(discoveryOptions, testMethod, theoryAttribute, dataRow, testMethodArguments);
        return new([ConcurrencyTestCase.From(details, TestIntrospectionHelper.GetTraits(testMethod, dataRow), testMethodArguments)]);
    }

    protected override ValueTask<IReadOnlyCollection<IXunitTestCase>> CreateTestCasesForTheory(ITestFrameworkDiscoveryOptions discoveryOptions, IXunitTestMethod testMethod, ITheoryAttribute theoryAttribute) =>
        new([Error(discoveryOptions, testMethod, theoryAttribute, Misuse.UnlistedRows(testMethod))]);

    private static ExecutionErrorTestCase Error(ITestFrameworkDiscoveryOptions discoveryOptions, IXunitTestMethod testMethod, IFactAttribute attribute, string problem)
    {
        var details = TestIntrospectionHelper.GetTestCaseDetails(discoveryOptions, testMethod, attribute);
        return new(details.ResolvedTestMethod, details.TestCaseDisplayName, details.UniqueID, details.SourceFilePath, details.SourceLineNumber, problem);
    }
}
