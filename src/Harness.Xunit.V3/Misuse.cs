using Harness.Testing;
using Xunit.v3;

namespace Harness.Xunit;

/// <summary>
/// Checks a concurrency test method before it runs (the rules are the engine's, shared with the v2 adapter). A
/// problem becomes a failing test whose message gives the fix: discovery itself never throws.
/// </summary>
internal static class Misuse
{
    internal static string? OfFact(IXunitTestMethod testMethod)
    {
        string name = Name(testMethod);
        return TestMethodRules.FactProblem(testMethod.Method, name) ?? TestMethodRules.Problem(testMethod.Method, "[ConcurrencyFact]", name);
    }

    internal static string? OfTheory(IXunitTestMethod testMethod) =>
        TestMethodRules.Problem(testMethod.Method, "[ConcurrencyTheory]", Name(testMethod));

    internal static string UnlistedRows(IXunitTestMethod testMethod) => TestMethodRules.UnlistedRows(Name(testMethod));

    private static string Name(IXunitTestMethod testMethod) => $"{testMethod.TestClass.Class.FullName}.{testMethod.MethodName}";
}
