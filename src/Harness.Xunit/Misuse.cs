using System.Reflection;
using Harness.Testing;
using Xunit.Abstractions;

namespace Harness.Xunit;

/// <summary>
/// Checks a concurrency test method before it runs (the rules are the engine's, shared with the v3 adapter). A
/// problem becomes a failing test whose message gives the fix: discovery itself never throws.
/// </summary>
internal static class Misuse
{
    internal static string? OfFact(ITestMethod testMethod)
    {
        string name = Name(testMethod);
        return Reflected(testMethod) is { } method
            ? TestMethodRules.FactProblem(method, name) ?? TestMethodRules.Problem(method, "[ConcurrencyFact]", name)
            : null;
    }

    internal static string? OfTheory(ITestMethod testMethod) =>
        Reflected(testMethod) is { } method ? TestMethodRules.Problem(method, "[ConcurrencyTheory]", Name(testMethod)) : null;

    private static string Name(ITestMethod testMethod) => $"{testMethod.TestClass.Class.Name}.{testMethod.Method.Name}";

    // Only a reflected method can be checked; every runner this adapter supports discovers by reflection.
    private static MethodInfo? Reflected(ITestMethod testMethod) => (testMethod.Method as IReflectionMethodInfo)?.MethodInfo;
}
