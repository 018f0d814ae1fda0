using System.Reflection;
using Harness.Settings;

namespace Harness.Testing;

/// <summary>
/// The checks every adapter makes on a concurrency test method before it runs. A problem is returned as the text
/// of a failing test that gives the fix: discovery itself never throws.
/// </summary>
internal static class TestMethodRules
{
    /// <param name="method">The test method.</param>
    /// <param name="attribute">How the user wrote the attribute, e.g. <c>[ConcurrencyFact]</c>.</param>
    /// <param name="name">The test's class and method, as the message shows them.</param>
    internal static string? Problem(MethodInfo method, string attribute, string name)
    {
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

    /// <summary>The fact-only rule: a fact gets no arguments.</summary>
    internal static string? FactProblem(MethodInfo method, string name) =>
        method.GetParameters().Length > 0
            ? $"[ConcurrencyFact] {name} has parameters, but a fact gets no arguments. Fix: remove the parameters, or use [ConcurrencyTheory] with [InlineData]/[MemberData] to pass them."
            : null;

    /// <summary>A theory whose data rows cannot each become a test case of their own.</summary>
    internal static string UnlistedRows(string name) =>
        $"[ConcurrencyTheory] {name} has data rows that cannot be listed one by one (a row is not serializable, or the data source failed). Each row needs its own test case and schedule snapshot. Fix: use primitive, string or enum arguments in [InlineData]/[MemberData], or build complex inputs inside the test from a simple key.";

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
