namespace Scenarios.P11_WhenAnyWithoutTimeout;

/// <summary>
/// Follows a blood sample sent to the hospital lab and, as a backup, to a reference lab, and puts the first result
/// on the nurse's worklist.
/// </summary>
public interface ISampleTracker
{
    /// <summary>The nurse's worklist, oldest first.</summary>
    IReadOnlyList<string> Worklist { get; }

    /// <summary>Waits for the sample's first result and puts it on the worklist.</summary>
    /// <param name="sample">The sample's barcode.</param>
    /// <returns>A task that completes when the tracker is done with the sample.</returns>
    Task TrackAsync(string sample);
}
