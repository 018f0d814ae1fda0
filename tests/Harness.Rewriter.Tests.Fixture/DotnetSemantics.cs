namespace Fixture;

/// <summary>Plain code whose rewritten form must behave as .NET does: the task Task.Run returns, a lock held across an await.</summary>
public static class DotnetSemantics
{
    private static readonly object Gate = new();

    public static async Task<bool> RunReturnsTheTaskThatRunsTheWork()
    {
        int? inside = null;
        var task = Task.Run(() => { inside = Task.CurrentId; });
        await task;
        return inside == task.Id;
    }

    public static async Task HoldLockAcrossAwait()
    {
        Monitor.Enter(Gate);
        await Task.Yield();
        Monitor.Exit(Gate);
    }
}
