using System.Reflection;
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

        if (method.GetCustomAttribute<ConcurrencyFactAttribute>() is { } fact)
        {
            return StrategyProblem(((IConcurrencyAttribute)fact).Settings.Strategy, attribute, name);
        }

        return method.GetCustomAttribute<ConcurrencyTheoryAttribute>() is { } theory
            ? StrategyProblem(((IConcurrencyAttribute)theory).Settings.Strategy, attribute, name)
            : null;
    }

    private static string? StrategyProblem(string? strategy, string attribute, string name)
    {
        if (strategy is null || Enum.TryParse<SchedulingStrategy>(strategy, ignoreCase: true, out _))
        {
            return null;
        }

        var known = Enum.GetNames<SchedulingStrategy>().Select(n => n.ToLowerInvariant()).ToArray();
        string? guess = known.OrderBy(k => Distance(k, strategy.ToLowerInvariant())).FirstOrDefault(k => Distance(k, strategy.ToLowerInvariant()) <= 2);
        return $"{attribute} {name} sets Strategy = \"{strategy}\", which is not a strategy the harness knows. Allowed: {string.Join(", ", known)}.{(guess is null ? "" : $" Did you mean \"{guess}\"?")} Fix: set Strategy to one of the allowed values.";
    }

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
