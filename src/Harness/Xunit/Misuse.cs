using Harness.Settings;
using Xunit.Abstractions;

namespace Harness.Xunit;

/// <summary>
/// Checks a concurrency test method before it runs. A problem becomes a failing test whose message gives the
/// fix: discovery itself never throws.
/// </summary>
internal static class Misuse
{
    internal static string? OfFact(ITestMethod testMethod)
    {
        var method = testMethod.Method;
        string name = $"{testMethod.TestClass.Class.Name}.{method.Name}";
        if (method.GetParameters().Any())
        {
            return $"[ConcurrencyFact] {name} has parameters, but a fact gets no arguments. Fix: remove the parameters, or use [ConcurrencyTheory] with [InlineData]/[MemberData] to pass them.";
        }

        return Common(testMethod, "[ConcurrencyFact]", name);
    }

    internal static string? OfTheory(ITestMethod testMethod)
    {
        string name = $"{testMethod.TestClass.Class.Name}.{testMethod.Method.Name}";
        return Common(testMethod, "[ConcurrencyTheory]", name);
    }

    private static string? Common(ITestMethod testMethod, string attribute, string name)
    {
        var method = (testMethod.Method as IReflectionMethodInfo)?.MethodInfo;
        if (method is null)
        {
            return null;
        }

        if (method.ReturnType != typeof(Task))
        {
            string returns = method.ReturnType == typeof(void) ? "void" : method.ReturnType.Name;
            return $"{attribute} {name} returns {returns}, but the harness needs the test's Task to know when the body has finished. Fix: declare it as 'public async Task {method.Name}(...)'.";
        }

        if (method.IsGenericMethodDefinition)
        {
            return $"{attribute} {name} is generic, and the harness cannot choose its type arguments. Fix: make the method non-generic and call a generic helper from it.";
        }

        return StrategyProblem(IConcurrencyAttribute.Of(method)?.Overrides.Strategy, attribute, name);
    }

    private static string? StrategyProblem(string? strategy, string attribute, string name)
    {
        if (strategy is null || StrategyNames.TryParse(strategy, out _))
        {
            return null;
        }

        string? guess = Suggestions.Closest(strategy, StrategyNames.All);
        return $"{attribute} {name} sets Strategy = \"{strategy}\", which is not a strategy the harness knows. Allowed: {string.Join(", ", StrategyNames.All)}.{(guess is null ? "" : $" Did you mean \"{guess}\"?")} Fix: set Strategy to one of the allowed values.";
    }
}
