namespace Harness.Tests.Diagnostics;

/// <summary>
/// Keeps every posted continuation instead of running it, the way the harness's scheduler does, so a test can
/// look at a continuation before it runs. Install it only around the call that starts the async method.
/// </summary>
internal sealed class HoldingSynchronizationContext : SynchronizationContext
{
    private readonly List<(SendOrPostCallback Callback, object? State)> posted = [];

    public IReadOnlyList<(SendOrPostCallback Callback, object? State)> Posted => posted;

    public override void Post(SendOrPostCallback d, object? state) => posted.Add((d, state));

    /// <summary>Runs <paramref name="start"/> with this context current, restoring the caller's context after.</summary>
    public T Run<T>(Func<T> start)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            return start();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    public void RunPosted()
    {
        var pending = posted.ToArray();
        posted.Clear();
        foreach (var (callback, state) in pending)
        {
            callback(state);
        }
    }
}
