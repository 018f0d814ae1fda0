using System.Globalization;
using Harness.Diagnostics;

namespace Harness.Scheduling;

/// <summary>Readable operation names from what the caller wrote: <c>() => SendAlertAsync(ch)</c> becomes <c>SendAlertAsync(ch)</c>.</summary>
internal static class OperationNames
{
    private const int MaxLength = 40;

    internal static string Choose(string? name, string? expression, int id)
    {
        string chosen = !string.IsNullOrWhiteSpace(name) ? name : Clean(expression);
        return chosen.Length == 0 ? string.Create(CultureInfo.InvariantCulture, $"op{id}") : chosen;
    }

    internal static SourceLocation? Site(string file, int line) =>
        string.IsNullOrEmpty(file) ? null : new SourceLocation(file, line);

    private static string Clean(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return "";
        }

        string text = string.Join(' ', expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (string prefix in new[] { "async () =>", "() =>", "await " })
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = text[prefix.Length..].TrimStart();
            }
        }

        return text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
    }
}
