namespace Scenarios.Plain.RateLimiting;

/// <summary>The bug the gate prevents: the count is read, an await lets others in, and the old count is written back.</summary>
public sealed class LeakyTokenBucket
{
    private int taken;

    /// <summary>Tokens handed out so far.</summary>
    public int Taken => taken;

    /// <summary>Takes a token, counting it after an await.</summary>
    /// <returns>A task that completes when the token is counted.</returns>
    public async Task TakeAsync()
    {
        int seen = taken;
        await Task.Yield();
        taken = seen + 1;
    }
}
