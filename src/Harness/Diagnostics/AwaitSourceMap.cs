using System.Collections.Concurrent;
using System.Reflection;

namespace Harness.Diagnostics;

/// <summary>
/// Maps a suspended async state machine (its type and <c>&lt;&gt;1__state</c>) to the source line of the await it
/// is suspended at, from the portable PDB of its assembly.
/// </summary>
internal static class AwaitSourceMap
{
    private const BindingFlags DeclaredInstanceMethods =
        BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    // Lazy so that several test classes suspended in the same module open its PDB once.
    private static readonly ConcurrentDictionary<Module, Lazy<PortablePdb?>> Pdbs = new();
    private static readonly ConcurrentDictionary<Type, SourceLocation?[]> Awaits = new();

    /// <summary>
    /// File and line of the await a state machine in <paramref name="state"/> is suspended at (state 0 is the
    /// first await of the method), or null when the type is not a state machine, the state is not an await,
    /// or no PDB can be read.
    /// </summary>
    public static SourceLocation? LocateAwait(Type stateMachineType, int state)
    {
        ArgumentNullException.ThrowIfNull(stateMachineType);
        if (state < 0)
        {
            return null;
        }

        var awaits = Awaits.GetOrAdd(Definition(stateMachineType), ReadAwaits);
        return state < awaits.Length ? awaits[state] : null;
    }

    /// <summary>Readable name of the async method a state machine type was generated for, e.g. <c>Orders.WorkerAsync</c>.</summary>
    public static string MethodName(Type stateMachineType)
    {
        ArgumentNullException.ThrowIfNull(stateMachineType);
        return StateMachineNames.Describe(Definition(stateMachineType));
    }

    // The PDB describes the open generic type; all of its constructions share one MoveNext token.
    private static Type Definition(Type type) =>
        type.IsGenericType && !type.IsGenericTypeDefinition ? type.GetGenericTypeDefinition() : type;

    private static SourceLocation?[] ReadAwaits(Type stateMachineType)
    {
        var moveNext = stateMachineType.GetMethod("MoveNext", DeclaredInstanceMethods, Type.EmptyTypes);
        if (moveNext is null)
        {
            return [];
        }

        var pdb = Pdbs.GetOrAdd(stateMachineType.Module, static m => new Lazy<PortablePdb?>(() => PortablePdb.TryOpen(m))).Value;
        if (pdb is null)
        {
            return [];
        }

        try
        {
            return pdb.AwaitLocations(moveNext.MetadataToken);
        }
        catch (Exception e) when (e is BadImageFormatException or ArgumentException or InvalidOperationException)
        {
            // A corrupt or mismatched PDB: no lines, but the chain is still worth printing.
            return [];
        }
    }
}
