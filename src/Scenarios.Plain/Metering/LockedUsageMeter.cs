namespace Scenarios.Plain.Metering;

/// <summary>The fixed meter: every update and read of the total happens under one lock.</summary>
public sealed class LockedUsageMeter : IUsageMeter
{
    private readonly object gate = new();
    private int units;

    /// <inheritdoc/>
    public int Units
    {
        get
        {
            lock (gate)
            {
                return units;
            }
        }
    }

    /// <inheritdoc/>
    public void Record(int units)
    {
        lock (gate)
        {
            this.units += units;
        }
    }
}
