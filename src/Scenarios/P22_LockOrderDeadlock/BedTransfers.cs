namespace Scenarios.P22_LockOrderDeadlock;

/// <summary>
/// The buggy transfer desk: it locks the ward the patient leaves, then the ward the patient enters. Two transfers
/// in opposite directions each hold one ward and wait for the other's: neither can ever continue.
/// </summary>
/// <param name="register">Where every move is recorded.</param>
public sealed class BedTransfers(BedRegister register) : IBedTransfers
{
    /// <inheritdoc/>
    public async Task TransferAsync(string patient, Ward from, Ward to)
    {
        await from.Gate.WaitAsync();
        try
        {
            if (await register.FindWardAsync(patient) != from.Name)
            {
                throw new InvalidOperationException($"{patient} is not in {from.Name}");
            }

            await to.Gate.WaitAsync();
            try
            {
                await register.MoveAsync(patient, to.Name);
                from.FreeBeds++;
                to.FreeBeds--;
            }
            finally
            {
                to.Gate.Release();
            }
        }
        finally
        {
            from.Gate.Release();
        }
    }
}
