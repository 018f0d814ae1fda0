namespace Scenarios.P22_LockOrderDeadlock;

/// <summary>
/// The fixed transfer desk: whatever the direction, it takes the ward gates in one global order (by ward name),
/// so no two transfers can each hold a gate the other needs.
/// </summary>
/// <param name="register">Where every move is recorded.</param>
public sealed class OrderedBedTransfers(BedRegister register) : IBedTransfers
{
    /// <inheritdoc/>
    public async Task TransferAsync(string patient, Ward from, Ward to)
    {
        var (first, second) = string.CompareOrdinal(from.Name, to.Name) < 0 ? (from, to) : (to, from);
        await first.Gate.WaitAsync();
        try
        {
            if (await register.FindWardAsync(patient) != from.Name)
            {
                throw new InvalidOperationException($"{patient} is not in {from.Name}");
            }

            await second.Gate.WaitAsync();
            try
            {
                await register.MoveAsync(patient, to.Name);
                from.FreeBeds++;
                to.FreeBeds--;
            }
            finally
            {
                second.Gate.Release();
            }
        }
        finally
        {
            first.Gate.Release();
        }
    }
}
