using System.Text.Json;

namespace Harness.Coyote;

/// <summary>Reads Coyote's reproducible trace: JSON with the test name, Coyote's version, its settings and the steps.</summary>
internal static class CoyoteTrace
{
    /// <summary>The scheduling decisions in <paramref name="json"/>; 0 when it holds none.</summary>
    internal static int Steps(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("Steps", out var steps) && steps.ValueKind == JsonValueKind.Array ? steps.GetArrayLength() : 0;
    }

    /// <summary>Whether <paramref name="json"/> parses as a Coyote trace (an object with a Steps array).</summary>
    internal static bool IsTrace(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("Steps", out var steps) && steps.ValueKind == JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
