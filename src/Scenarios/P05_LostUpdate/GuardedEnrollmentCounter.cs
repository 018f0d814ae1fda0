using System.Globalization;

namespace Scenarios.P05_LostUpdate;

/// <summary>
/// The fixed counter: one ward at a time runs the read, the audit write and the store. A
/// <see cref="SemaphoreSlim"/> rather than <c>lock</c>, because the guarded section awaits; Interlocked.Add would
/// do only if nothing were awaited between the read and the write.
/// </summary>
/// <param name="audit">Where every change is recorded.</param>
public sealed class GuardedEnrollmentCounter(AuditLog audit) : IEnrollmentCounter, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private int total;

    /// <inheritdoc/>
    public int Total => total;

    /// <inheritdoc/>
    public async Task EnrollAsync(string ward, int patients)
    {
        await gate.WaitAsync();
        try
        {
            int current = total;
            await audit.RecordAsync(string.Create(CultureInfo.InvariantCulture, $"{ward}: {current} + {patients}"));
            total = current + patients;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => gate.Dispose();
}
