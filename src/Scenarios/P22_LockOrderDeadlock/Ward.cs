namespace Scenarios.P22_LockOrderDeadlock;

/// <summary>A hospital ward: its free beds, guarded by a gate because every bed change is a read and a write.</summary>
/// <param name="name">The ward's name; also the order in which transfers take ward gates.</param>
/// <param name="freeBeds">Free beds when the shift starts.</param>
public sealed class Ward(string name, int freeBeds) : IDisposable
{
    /// <summary>The ward's name.</summary>
    public string Name { get; } = name;

    /// <summary>Free beds right now.</summary>
    public int FreeBeds { get; set; } = freeBeds;

    /// <summary>Held by whoever is changing this ward's beds; async because the change awaits the bed register.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <inheritdoc/>
    public void Dispose() => Gate.Dispose();
}
