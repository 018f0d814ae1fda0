using System.Reflection;

namespace Harness.Hybrid;

/// <summary>
/// Real <see cref="ParallelLoopState"/> objects for a modelled loop. The type has no public constructor, so a body
/// can only be given one .NET made: in .NET 10 the instances are the internal <c>ParallelLoopState`1</c> (one per
/// worker, its <c>CurrentIteration</c> set before each body) over one shared <c>ParallelLoopStateFlags`1</c>, and
/// <see cref="ParallelLoopResult"/> is filled through its fields <c>_completed</c> and <c>_lowestBreakIteration</c>.
/// Creating them here keeps <c>Stop</c>, <c>Break</c>, <c>IsStopped</c>, <c>IsExceptional</c>,
/// <c>ShouldExitCurrentIteration</c>, <c>LowestBreakIteration</c> and the InvalidOperationException of Break after
/// Stop (and Stop after Break) .NET's own code, not a copy of it. When a .NET update renames any of these,
/// <see cref="Available"/> is false and the caller leaves the loop with the BCL (reported as uncontrolled), never a
/// wrong answer; <c>ParallelLoopStateTests</c> pins the names.
/// </summary>
/// <typeparam name="TInt">The index type: <see cref="int"/> or <see cref="long"/>.</typeparam>
internal sealed class ParallelLoopStates<TInt>
    where TInt : struct
{
    private const BindingFlags Instance = BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public;

    private static readonly Internals? Bcl = Internals.Find();

    private readonly object flags;

    private ParallelLoopStates(object flags) => this.flags = flags;

    /// <summary>Whether every internal member this needs was found.</summary>
    internal static bool Available => Bcl is not null;

    /// <summary>A loop's shared flags; only when <see cref="Available"/>.</summary>
    internal static ParallelLoopStates<TInt> Create() => new(Bcl!.FlagsConstructor.Invoke(null));

    /// <summary>A worker's own state over the loop's flags, as .NET gives each worker one.</summary>
    internal ParallelLoopState NewWorkerState() => (ParallelLoopState)Bcl!.StateConstructor.Invoke([flags]);

    /// <summary>Sets the iteration a worker's state answers for, before .NET would run that body.</summary>
    internal static void SetIteration(ParallelLoopState state, TInt index) => Bcl!.CurrentIteration.SetValue(state, index);

    /// <summary>What a body's exception does in .NET's worker: every state reads IsExceptional from now on.</summary>
    internal void SetExceptional() => Bcl!.SetExceptional.Invoke(flags, null);

    /// <summary>What .NET's registration on the options token does: ShouldExitCurrentIteration from now on.</summary>
    internal void Cancel() => Bcl!.Cancel.Invoke(flags, null);

    /// <summary>.NET's result: completed unless Stop or Break was called; the lowest break iteration after a Break.</summary>
    internal static ParallelLoopResult Result(ParallelLoopState state)
    {
        object result = default(ParallelLoopResult);
        Bcl!.Completed.SetValue(result, !state.IsStopped && state.LowestBreakIteration is null);
        Bcl.LowestBreak.SetValue(result, state.LowestBreakIteration);
        return (ParallelLoopResult)result;
    }

    private sealed record Internals(
        ConstructorInfo FlagsConstructor,
        ConstructorInfo StateConstructor,
        PropertyInfo CurrentIteration,
        MethodInfo SetExceptional,
        MethodInfo Cancel,
        FieldInfo Completed,
        FieldInfo LowestBreak)
    {
        internal static Internals? Find()
        {
            var assembly = typeof(ParallelLoopState).Assembly;
            var flagsType = assembly.GetType("System.Threading.Tasks.ParallelLoopStateFlags`1")?.MakeGenericType(typeof(TInt));
            var stateType = assembly.GetType("System.Threading.Tasks.ParallelLoopState`1")?.MakeGenericType(typeof(TInt));
            if (flagsType is null || stateType is null || !stateType.IsSubclassOf(typeof(ParallelLoopState)))
            {
                return null;
            }

            var flagsConstructor = flagsType.GetConstructor(Instance, Type.EmptyTypes);
            var stateConstructor = stateType.GetConstructor(Instance, [flagsType]);
            var currentIteration = stateType.GetProperty("CurrentIteration", Instance);
            var setExceptional = flagsType.GetMethod("SetExceptional", Instance, Type.EmptyTypes);
            var cancel = flagsType.GetMethod("Cancel", Instance, Type.EmptyTypes);
            var completed = typeof(ParallelLoopResult).GetField("_completed", Instance);
            var lowestBreak = typeof(ParallelLoopResult).GetField("_lowestBreakIteration", Instance);
            bool fits = currentIteration?.PropertyType == typeof(TInt) && currentIteration.CanWrite
                && completed?.FieldType == typeof(bool) && lowestBreak?.FieldType == typeof(long?);
            return fits && flagsConstructor is not null && stateConstructor is not null && setExceptional is not null && cancel is not null
                ? new Internals(flagsConstructor, stateConstructor, currentIteration!, setExceptional, cancel, completed!, lowestBreak!)
                : null;
        }
    }
}
