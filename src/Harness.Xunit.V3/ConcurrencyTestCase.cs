using System.ComponentModel;
using Xunit.Sdk;
using Xunit.v3;

namespace Harness.Xunit;

/// <summary>
/// One concurrency test (a fact, or one data row of a theory). Its settings are read from the attribute when it
/// runs, so nothing beyond xUnit's own fields needs serializing.
/// </summary>
internal sealed class ConcurrencyTestCase : XunitTestCase, ISelfExecutingXunitTestCase
{
    /// <summary>For xUnit's deserializer only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public ConcurrencyTestCase()
    {
    }

    private ConcurrencyTestCase(IXunitTestMethod testMethod, string displayName, string uniqueId, bool @explicit, Type[]? skipExceptions, string? skipReason, Type? skipType, string? skipUnless, string? skipWhen, Dictionary<string, HashSet<string>> traits, object?[]? arguments, string? sourceFilePath, int? sourceLineNumber, int timeout)
        : base(testMethod, displayName, uniqueId, @explicit, skipExceptions, skipReason, skipType, skipUnless, skipWhen, traits, arguments, sourceFilePath, sourceLineNumber, timeout)
    {
    }

    internal static ConcurrencyTestCase From(
        (string TestCaseDisplayName, bool Explicit, Type[]? SkipExceptions, string? SkipReason, Type? SkipType, string? SkipUnless, string? SkipWhen, string? SourceFilePath, int? SourceLineNumber, int Timeout, string UniqueID, IXunitTestMethod ResolvedTestMethod) details,
        Dictionary<string, HashSet<string>> traits,
        object?[]? arguments) =>
        new(details.ResolvedTestMethod, details.TestCaseDisplayName, details.UniqueID, details.Explicit, details.SkipExceptions, details.SkipReason, details.SkipType,
            details.SkipUnless, details.SkipWhen, traits, arguments, details.SourceFilePath, details.SourceLineNumber, details.Timeout);

    public async ValueTask<RunSummary> Run(ExplicitOption explicitOption, IMessageBus messageBus, object?[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource)
    {
        var tests = await aggregator.RunAsync(CreateTests, []).ConfigureAwait(false);
        if (aggregator.ToException() is { } problem)
        {
            return XunitRunnerHelper.FailTestCases(messageBus, cancellationTokenSource, [this], problem, sendTestCaseMessages: false);
        }

        return await ConcurrencyTestCaseRunner.Instance.Run(this, tests, messageBus, aggregator, cancellationTokenSource, TestCaseDisplayName, SkipReason, explicitOption, constructorArguments).ConfigureAwait(false);
    }
}
