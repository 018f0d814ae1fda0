namespace Harness.Tests.Settings;

/// <summary>A fake process environment, so no test reads or changes the real one.</summary>
internal static class Variables
{
    public static Func<string, string?> None { get; } = _ => null;

    public static Func<string, string?> Of(params (string Name, string Value)[] variables)
    {
        var values = variables.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
        return name => values.GetValueOrDefault(name);
    }
}
