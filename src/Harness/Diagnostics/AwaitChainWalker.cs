using System.Reflection;
using System.Runtime.CompilerServices;

namespace Harness.Diagnostics;

/// <summary>One walk from a task down to the leaves it waits on, depth first, so each frame follows its parent.</summary>
internal sealed class AwaitChainWalker(IEnumerable<Task> related, IReadOnlyDictionary<Task, string>? operations)
{
    // Generous for real chains, but bounded: a report must come out even for a corrupt or cyclic graph.
    private const int MaxDepth = 64;
    private const int MaxFrames = 512;
    private const BindingFlags InstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    private readonly List<AwaitFrame> frames = [];
    private readonly HashSet<object> visited = new(ReferenceEqualityComparer.Instance);
    private readonly List<object> relatedTasks = [.. related];

    public IReadOnlyList<AwaitFrame> Walk(object root)
    {
        Visit(root, 0);
        return frames;
    }

    private void Visit(object node, int depth)
    {
        if (frames.Count >= MaxFrames)
        {
            return;
        }

        if (depth > MaxDepth || !visited.Add(node))
        {
            frames.Add(new AwaitFrame(depth, "", 0, null, depth > MaxDepth ? "(chain too deep to show)" : "(already shown above)"));
            return;
        }

        try
        {
            VisitUnchecked(node, depth);
        }
        catch (Exception e) when (e is TargetException or ArgumentException or InvalidOperationException or NotSupportedException or MemberAccessException)
        {
            // Runtime internals changed shape under us: say so rather than fail the report that needed this.
            frames.Add(new AwaitFrame(depth, "", 0, null, "unknown"));
        }
    }

    private void VisitUnchecked(object node, int depth)
    {
        if (depth > 0 && node is Task task && operations is not null && operations.TryGetValue(task, out string? name))
        {
            frames.Add(new AwaitFrame(depth, "", 0, null, $"operation '{name}'"));
            return;
        }

        // SemaphoreSlim's internal async method is an implementation detail: it is shown as the wait it serves.
        var stateMachine = !AwaitTargets.IsSemaphoreWait(node) && AsyncStateMachines.TryGetStateMachine(node, out var found) ? found : null;
        var method = stateMachine is null ? "" : AwaitSourceMap.MethodName(stateMachine.GetType());
        if (node is Task { IsCompleted: true } done)
        {
            // A finished box has already dropped its state machine: nothing more to read.
            frames.Add(new AwaitFrame(depth, method, 0, null, Finished(done)));
            return;
        }

        if (stateMachine is null)
        {
            Add(depth, "", 0, null, AwaitTargets.Classify(node, relatedTasks));
            return;
        }

        var type = stateMachine.GetType();
        if (AsyncStateMachines.State(stateMachine) is not (>= 0 and var state))
        {
            // -1 runs (or has not started), -2 finished; async iterators use lower states for yield return.
            var where = AsyncStateMachines.State(stateMachine) switch { -1 => "running", -2 => "finished", null => "unknown", _ => "not at an await" };
            frames.Add(new AwaitFrame(depth, method, 0, null, where));
            return;
        }

        var awaited = AsyncStateMachines.CurrentAwaited(stateMachine);
        var target = awaited is null
            ? AwaitTarget.Leaf("unknown")
            : AwaitTargets.Classify(awaited, Candidates(stateMachine).Concat(relatedTasks));
        Add(depth, method, state + 1, AwaitSourceMap.LocateAwait(type, state), target, type);
    }

    private void Add(int depth, string method, int awaitIndex, SourceLocation? location, AwaitTarget target, Type? stateMachine = null)
    {
        frames.Add(new AwaitFrame(depth, method, awaitIndex, location, target.Description) { StateMachine = stateMachine });
        foreach (var branch in target.Branches)
        {
            Visit(branch, depth + 1);
        }
    }

    private static string Finished(Task task) => task.Status switch
    {
        TaskStatus.Faulted => "faulted",
        TaskStatus.Canceled => "canceled",
        _ => "completed",
    };

    /// <summary>
    /// Tasks the awaiting method holds in its hoisted parameters and locals, the only place a non-generic
    /// WhenAll's children can be found. Only materialized collections: enumerating a lazy one runs user code.
    /// </summary>
    private static IEnumerable<object> Candidates(IAsyncStateMachine stateMachine)
    {
        var found = new List<object>();
        foreach (var field in stateMachine.GetType().GetFields(InstanceFields))
        {
            switch (field.GetValue(stateMachine))
            {
                case Task task:
                    found.Add(task);
                    break;
                case Task[] array:
                    found.AddRange(array.Where(t => t is not null));
                    break;
                case List<Task> list:
                    found.AddRange(list.ToArray().Where(t => t is not null));
                    break;
            }
        }

        return found;
    }
}
