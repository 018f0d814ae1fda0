using System.Runtime.CompilerServices;

namespace Harness.Tests.Diagnostics;

/// <summary>An awaitable that never completes on its own: it keeps the continuation the async method builder posts.</summary>
internal sealed class CapturingAwaitable : INotifyCompletion
{
    public Action? Continuation { get; private set; }

    public bool IsCompleted { get; private set; }

    public CapturingAwaitable GetAwaiter() => this;

    public void GetResult()
    {
    }

    public void OnCompleted(Action continuation) => Continuation = continuation;

    /// <summary>Completes and runs the kept continuation once; later calls do nothing, so cleanup can always call it.</summary>
    public void Resume()
    {
        if (IsCompleted)
        {
            return;
        }

        IsCompleted = true;
        Continuation?.Invoke();
    }
}
