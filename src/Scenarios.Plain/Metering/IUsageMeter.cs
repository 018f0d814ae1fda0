namespace Scenarios.Plain.Metering;

/// <summary>Counts the units a customer used: recorded by request handlers and by a meter-reader thread.</summary>
public interface IUsageMeter
{
    /// <summary>Gets the units recorded so far.</summary>
    int Units { get; }

    /// <summary>Adds <paramref name="units"/> to the total.</summary>
    /// <param name="units">The units used.</param>
    void Record(int units);
}
