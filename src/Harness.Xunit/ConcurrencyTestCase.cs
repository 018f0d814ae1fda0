using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Harness.Xunit;

/// <summary>
/// One concurrency test (a fact, or one data row of a theory). Its settings are read from the attribute when it
/// runs, so nothing beyond xUnit's own fields needs serializing.
/// </summary>
internal sealed class ConcurrencyTestCase : XunitTestCase
{
    /// <summary>For xUnit's deserializer only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ConcurrencyTestCase()
    {
    }

    internal ConcurrencyTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod, object[]? arguments = null)
        : base(diagnosticMessageSink, display, displayOptions, testMethod, arguments)
    {
    }

    public override Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource) =>
        new ConcurrencyTestCaseRunner(this, DisplayName, SkipReason, constructorArguments, TestMethodArguments, messageBus, aggregator, cancellationTokenSource).RunAsync();
}
