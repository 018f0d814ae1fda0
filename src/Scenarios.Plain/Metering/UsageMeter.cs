namespace Scenarios.Plain.Metering;

/// <summary>
/// The buggy meter: <c>units += n</c> is a read, an add and a write, and the meter-reader thread and a request
/// handler can both read the old total, so one reading is lost.
/// </summary>
public sealed class UsageMeter : IUsageMeter
{
    private int units;

    /// <inheritdoc/>
    public int Units => units;

    /// <inheritdoc/>
    public void Record(int units) => this.units += units;
}
