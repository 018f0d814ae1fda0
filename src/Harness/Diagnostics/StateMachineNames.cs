namespace Harness.Diagnostics;

/// <summary>
/// Turns Roslyn's generated names back into what the developer wrote: <c>&lt;WorkerAsync&gt;d__3</c> is
/// <c>WorkerAsync</c>, <c>&lt;&lt;Run&gt;b__0_1&gt;d</c> is <c>lambda in Run</c>, <c>&lt;&lt;Run&gt;g__Local|0_0&gt;d</c> is <c>Local</c>.
/// </summary>
internal static class StateMachineNames
{
    /// <summary><c>Orders.WorkerAsync</c>: the readable method name with the short name of the type the developer declared it in.</summary>
    public static string Describe(Type stateMachineType)
    {
        var method = Readable(stateMachineType.Name);
        var owner = stateMachineType.DeclaringType;

        // Lambdas live in <>c or a display class; the developer knows the type that encloses those.
        while (owner is not null && owner.Name.StartsWith('<'))
        {
            owner = owner.DeclaringType;
        }

        return owner is null ? method : $"{StripArity(owner.Name)}.{method}";
    }

    /// <summary>The readable form of one generated name; names that are not generated come back without generic arity.</summary>
    public static string Readable(string generatedName)
    {
        var name = StripArity(generatedName);
        if (!name.StartsWith('<'))
        {
            return name;
        }

        var close = MatchingClose(name, 0);
        if (close < 0)
        {
            return name;
        }

        var inner = name[1..close];
        var kind = close + 1 < name.Length ? name[close + 1] : '\0';
        if (kind == 'd' || kind == '\0')
        {
            // A state machine: the part inside the brackets is the method (maybe itself generated).
            return inner.StartsWith('<') ? Readable(inner) : TopLevel(inner);
        }

        var rest = name[(close + 1)..];
        if (rest.StartsWith("b__", StringComparison.Ordinal))
        {
            return $"lambda in {Readable(inner)}";
        }

        if (rest.StartsWith("g__", StringComparison.Ordinal))
        {
            var local = rest[3..];
            var bar = local.IndexOf('|', StringComparison.Ordinal);
            return bar < 0 ? local : local[..bar];
        }

        return TopLevel(inner);
    }

    // Top-level statements compile to <Main>$; the developer wrote no method name there.
    private static string TopLevel(string name) => name == "<Main>$" ? "Main" : name;

    private static int MatchingClose(string name, int open)
    {
        var depth = 0;
        for (var i = open; i < name.Length; i++)
        {
            depth += name[i] switch { '<' => 1, '>' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static string StripArity(string name)
    {
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}
