using System.Runtime.CompilerServices;
using Harness.Scheduling;

namespace Harness.Hybrid;

/// <summary>
/// The model of one <see cref="Thread"/> created by rewritten code (or through <c>ThreadCalls.Create</c>). The real
/// Thread object is only a handle: it is never started inside a run, its body runs as a controlled operation, and
/// Join, IsAlive and ThreadState ask the model. Kept per Thread object (not per iteration) because a Thread can be
/// started once in its life, as in .NET.
/// </summary>
internal sealed class ControlledThread
{
    private static readonly ConditionalWeakTable<Thread, ControlledThread> Models = [];

    private ControlledThread(Delegate start) => Start = start;

    /// <summary>The ThreadStart or ParameterizedThreadStart the thread was created with.</summary>
    internal Delegate Start { get; }

    /// <summary>The task that runs the body in a run, once started there; null while unstarted or started for real.</summary>
    internal Task? Body { get; private set; }

    internal Operation? Operation { get; private set; }

    internal ControlledRuntime? Runtime { get; private set; }

    /// <summary>True once started, in a run or for real: a Thread never starts twice.</summary>
    internal bool Started { get; private set; }

    internal static void Register(Thread thread, Delegate start) => Models.AddOrUpdate(thread, new ControlledThread(start));

    internal static ControlledThread? Of(Thread thread) => Models.TryGetValue(thread, out var model) ? model : null;

    /// <summary>The model of a thread started in a run, or null (unknown to the harness, unstarted, or started for real).</summary>
    internal static ControlledThread? Running(Thread thread) => Of(thread) is { Body: not null } model ? model : null;

    internal void StartedForReal() => Started = true;

    internal void StartedIn(ControlledRuntime runtime, Operation operation)
    {
        Started = true;
        Runtime = runtime;
        Operation = operation;
        Body = operation.Completion;
    }
}
