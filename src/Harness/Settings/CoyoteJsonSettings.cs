using System.Text.Json;

namespace Harness.Settings;

/// <summary>Turns the root object of a coyote.json into a <see cref="SettingLayer"/>, rejecting anything unknown.</summary>
internal static class CoyoteJsonSettings
{
    private const string AssemblyNames = "an array of assembly names, such as [\"MyApp\", \"MyApp.Core\"]";

    /// <summary>The settings in <paramref name="root"/>, read from the file at <paramref name="path"/>.</summary>
    /// <exception cref="SettingsException">An unknown or repeated key, or a bad value.</exception>
    internal static SettingLayer Read(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SettingsException(
                $"{path} holds a JSON {Kind(root)}, not an object of settings",
                "one JSON object, such as { \"Iterations\": 1000 }",
                null,
                $"wrap the settings in {{ }} in {path}");
        }

        var layer = SettingLayer.Empty;
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            string key = SettingKeys.Canonical(property.Name) ?? throw UnknownKey(path, property.Name);
            if (!seen.TryAdd(key, property.Name))
            {
                throw new SettingsException(
                    $"Key \"{property.Name}\" in {path} sets {key} a second time (keys ignore case; the first was \"{seen[key]}\")",
                    "each key at most once",
                    null,
                    $"remove one of the two from {path}");
            }

            layer = With(layer, key, path, property.Value);
        }

        return layer;
    }

    private static SettingLayer With(SettingLayer layer, string key, string path, JsonElement value)
    {
        var raw = Raw(SettingOrigin.File(path, key), value);
        return key switch
        {
            SettingKeys.Iterations => layer with { Iterations = raw.Resolved(ValueRules.Count(raw)) },
            SettingKeys.Strategy => layer with { Strategy = raw.Resolved(ValueRules.Strategy(raw)) },
            SettingKeys.StrategyBound => layer with { StrategyBound = raw.Resolved(ValueRules.Count(raw)) },
            SettingKeys.MaxSteps => layer with { MaxSteps = raw.Resolved(ValueRules.Count(raw)) },
            SettingKeys.Seed => layer with { Seed = raw.Resolved(ValueRules.Seed(raw)) },
            SettingKeys.WatchdogTimeoutSeconds => layer with { WatchdogTimeoutSeconds = raw.Resolved(ValueRules.PositiveSeconds(raw)) },
            SettingKeys.Shrink => layer with { Shrink = raw.Resolved(ValueRules.Flag(raw)) },
            SettingKeys.Workers => layer with { Workers = raw.Resolved(ValueRules.WorkerCount(raw)) },
            SettingKeys.TimerRaces => layer with { TimerRaces = raw.Resolved(ValueRules.Flag(raw)) },
            SettingKeys.TimeBudgetSeconds => layer with { TimeBudgetSeconds = raw.Resolved(ValueRules.PositiveSeconds(raw)) },
            SettingKeys.Shard => layer with { Shard = raw.Resolved(ValueRules.Shard(raw)) },
            SettingKeys.AutoAccept => layer with { AutoAccept = raw.Resolved(ValueRules.Flag(raw)) },
            SettingKeys.Trace => layer with { FullTrace = raw.Resolved(ValueRules.FullTrace(raw)) },
            SettingKeys.UncontrolledConcurrency => layer with { UncontrolledConcurrency = raw.Resolved(ValueRules.UncontrolledConcurrency(raw)) },
            SettingKeys.Engine => layer with { Engine = raw.Resolved(EngineNames.Parse(raw)) },
            SettingKeys.Assemblies => layer with { Assemblies = raw.Resolved(AssemblyList(path, raw, value)) },
            _ => throw new InvalidOperationException($"SettingKeys.FileKeys lists {key} but coyote.json has no rule for it."),
        };
    }

    // Only the shape is checked here; the build-time rewriter (docs/rewriting.md) resolves the names against the project references.
    private static IReadOnlyList<string> AssemblyList(string path, RawSetting raw, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw raw.Invalid("is not an array of strings", AssemblyNames);
        }

        var names = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                var origin = SettingOrigin.File(path, $"{SettingKeys.Assemblies}[{names.Count}]");
                throw Raw(origin, item).Invalid("is not a string", AssemblyNames, fixValue: "a quoted assembly name");
            }

            names.Add(item.GetString()!);
        }

        return names;
    }

    // Scalars become text so a JSON value obeys the same rules as the environment variable that overrides it.
    private static RawSetting Raw(SettingOrigin origin, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => RawSetting.Literal(origin, value.GetString()!, value.GetRawText()),
        _ => RawSetting.Literal(origin, value.GetRawText(), value.GetRawText()),
    };

    private static SettingsException UnknownKey(string path, string key)
    {
        string? suggestion = Suggestions.Closest(key, SettingKeys.FileKeys);
        return new SettingsException(
            $"Key \"{key}\" in {path} is not a setting the harness knows",
            string.Join(", ", SettingKeys.FileKeys),
            suggestion,
            suggestion is null ? $"remove \"{key}\" from {path}" : $"rename \"{key}\" to \"{suggestion}\" in {path}, or remove it");
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
