using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Harness.Diagnostics;

/// <summary>
/// Finds the async state machine box behind a posted continuation. While task events are traced (the escape
/// listener traces them), the runtime wraps each await continuation in a ContinuationWrapper; the box sits in
/// the wrapper's inner delegate. A channel wakes a waiting reader or writer by posting its operation object,
/// whose continuation state is the awaiting method's box.
/// </summary>
internal static class ContinuationTargets
{
    private static readonly Type? Wrapper =
        typeof(AsyncTaskMethodBuilder).Assembly.GetType("System.Runtime.CompilerServices.AsyncMethodBuilderCore+ContinuationWrapper");

    private static readonly FieldInfo? Inner = Wrapper?.GetField("_continuation", BindingFlags.NonPublic | BindingFlags.Instance);

    private static readonly Type? AwaitContinuation =
        typeof(Task).Assembly.GetType("System.Threading.Tasks.AwaitTaskContinuation");

    private static readonly FieldInfo? AwaitContinuationAction =
        AwaitContinuation?.GetField("m_action", BindingFlags.NonPublic | BindingFlags.Instance);

    private static readonly ConcurrentDictionary<Type, FieldInfo?> ChannelContinuationStates = new();

    /// <summary>True when the layouts this reads are the ones it expects (a test pins them).</summary>
    internal static bool IsSupported => Inner is not null && AwaitContinuationAction is not null;

    /// <summary>
    /// The object caught thread-pool work resumes: a ConfigureAwait(false) continuation arrives as the box itself,
    /// or (while task events are traced) as an AwaitTaskContinuation holding the box's wrapped delegate.
    /// </summary>
    internal static object UnwrapPoolItem(object work) =>
        AwaitContinuation is not null && AwaitContinuation.IsInstanceOfType(work)
            ? Unwrap(AwaitContinuationAction!.GetValue(work)) ?? work
            : work;

    /// <summary>The object a posted callback state resumes: the box for await continuations, else the state itself.</summary>
    internal static object? Unwrap(object? state)
    {
        object? target = state is Delegate outer ? outer.Target : state;
        for (int depth = 0; depth < 4 && target is not null && target.GetType() == Wrapper; depth++)
        {
            target = (Inner!.GetValue(target) as Delegate)?.Target;
        }

        return target is not null && ChannelContinuationState(target.GetType()) is { } field && field.GetValue(target) is { } awaiting
            ? awaiting
            : target;
    }

    /// <summary>The continuation-state field of System.Threading.Channels' AsyncOperation&lt;T&gt; and its subclasses.</summary>
    private static FieldInfo? ChannelContinuationState(Type type) =>
        type.Namespace != "System.Threading.Channels" ? null : ChannelContinuationStates.GetOrAdd(type, static t =>
        {
            for (var current = t; current is not null; current = current.BaseType)
            {
                if (current.IsGenericType && current.GetGenericTypeDefinition().FullName == "System.Threading.Channels.AsyncOperation`1")
                {
                    return current.GetField("_continuationState", BindingFlags.NonPublic | BindingFlags.Instance);
                }
            }

            return null;
        });
}
