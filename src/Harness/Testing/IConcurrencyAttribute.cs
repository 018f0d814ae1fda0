using System.Reflection;
using Harness.Settings;

namespace Harness.Testing;

/// <summary>
/// What the fact and theory attributes of every adapter share: where the test lives and the properties the user
/// set. Attribute properties cannot be nullable, so the setters record what was set; unset values fall through to
/// environment variables and coyote.json.
/// </summary>
internal interface IConcurrencyAttribute
{
    string SourceFile { get; }

    AttributeOverrides Overrides { get; }

    BugKind? ExpectedBug { get; }

    string? Replay { get; }

    /// <summary>The concurrency attribute on <paramref name="method"/>, fact or theory, of any adapter; null when it has none.</summary>
    static IConcurrencyAttribute? Of(MethodInfo method) =>
        method.GetCustomAttributes(inherit: true).OfType<IConcurrencyAttribute>().FirstOrDefault();
}
