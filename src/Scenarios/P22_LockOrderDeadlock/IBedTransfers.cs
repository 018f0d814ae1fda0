namespace Scenarios.P22_LockOrderDeadlock;

/// <summary>Moves patients between wards; both wards' bed counts change together or not at all.</summary>
public interface IBedTransfers
{
    /// <summary>Moves a patient from one ward to another, keeping both wards' free beds right.</summary>
    /// <param name="patient">The patient being moved.</param>
    /// <param name="from">The ward the patient leaves.</param>
    /// <param name="to">The ward the patient enters.</param>
    /// <returns>A task that completes when the move is recorded and both counts are updated.</returns>
    Task TransferAsync(string patient, Ward from, Ward to);
}
