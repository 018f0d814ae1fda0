using System.Globalization;

namespace Scenarios.P05_LostUpdate;

/// <summary>
/// The buggy counter: it reads the total, awaits the audit write, then stores the sum. Another ward that reports
/// during the await reads the same old total, and one of the two enrollments is lost (Go's unguarded
/// <c>total += n</c> from many goroutines).
/// </summary>
/// <param name="audit">Where every change is recorded.</param>
public sealed class EnrollmentCounter(AuditLog audit) : IEnrollmentCounter
{
    private int total;

    /// <inheritdoc/>
    public int Total => total;

    /// <inheritdoc/>
    public async Task EnrollAsync(string ward, int patients)
    {
        int current = total;
        await audit.RecordAsync(string.Create(CultureInfo.InvariantCulture, $"{ward}: {current} + {patients}"));
        total = current + patients;
    }
}
