using Harness.Diagnostics;

namespace Harness.Scheduling;

/// <summary>
/// A controlled operation: the test body or one spawned unit of work (Go's goroutine, .NET's Task.Run).
/// Reports name operations; the strategy schedules the finer-grained flows inside them.
/// </summary>
internal sealed class Operation(int id, string name, SourceLocation? spawnSite)
{
    internal int Id => id;

    internal string Name => name;

    internal SourceLocation? SpawnSite => spawnSite;

    /// <summary>The task started on the controlled scheduler; its result is the body's own task.</summary>
    internal Task? Starter { get; private set; }

    /// <summary>What callers await: completes when the body's task completes.</summary>
    internal Task? Completion { get; set; }

    /// <summary>The body's own task (an async state machine box when the body is an async method), once started.</summary>
    internal Task? Body => Starter is { IsCompletedSuccessfully: true } ? body?.Invoke() : null;

    private Func<Task>? body;

    internal void Started<TBody>(Task<TBody> starter)
        where TBody : Task
    {
        Starter = starter;
        body = () => starter.Result;
    }

    /// <summary>
    /// For synchronous work (Task.Run of an Action or a Func&lt;T&gt;): the started task is what callers await, as in
    /// .NET, so Task.CurrentId inside the work is the returned task's Id. Such work has no body task of its own.
    /// </summary>
    internal void StartedDirectly(Task task)
    {
        Starter = task;
        Completion = task;
    }

    internal bool IsFinished => Completion?.IsCompleted ?? false;

    public override string ToString() => name;
}
