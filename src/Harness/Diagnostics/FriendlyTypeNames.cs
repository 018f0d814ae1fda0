namespace Harness.Diagnostics;

/// <summary>Type names as C# spells them (<c>Channel&lt;int&gt;</c>), without namespaces, so reports are short and stable.</summary>
internal static class FriendlyTypeNames
{
    private static readonly Dictionary<Type, string> Aliases = new()
    {
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(bool)] = "bool",
        [typeof(string)] = "string",
        [typeof(object)] = "object",
        [typeof(byte)] = "byte",
        [typeof(char)] = "char",
        [typeof(double)] = "double",
        [typeof(float)] = "float",
        [typeof(decimal)] = "decimal",
        [typeof(short)] = "short",
        [typeof(uint)] = "uint",
        [typeof(ulong)] = "ulong",
    };

    public static string Of(Type type)
    {
        if (Aliases.TryGetValue(type, out var alias))
        {
            return alias;
        }

        if (type.IsArray && type.GetElementType() is { } element)
        {
            return $"{Of(element)}[]";
        }

        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        // Nested generic types carry the outer type's arguments too: show only their own.
        var all = type.IsGenericType ? type.GetGenericArguments() : [];
        var outer = type.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments().Length : 0;
        var own = all.Skip(outer).ToArray();
        return own.Length == 0 ? name : $"{name}<{string.Join(", ", own.Select(Of))}>";
    }
}
