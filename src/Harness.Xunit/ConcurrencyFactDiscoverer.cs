using Xunit.Abstractions;
using Xunit.Sdk;

namespace Harness.Xunit;

/// <summary>Turns a <see cref="ConcurrencyFactAttribute"/> method into a test case, or misuse into a failing one.</summary>
internal sealed class ConcurrencyFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (Misuse.OfFact(testMethod) is { } problem)
        {
            return [new ExecutionErrorTestCase(diagnosticMessageSink, display, displayOptions, testMethod, problem)];
        }

        return [new ConcurrencyTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}
