namespace Scenarios.Plain.Enrollment;

/// <summary>The other fix: one atomic add, no lock.</summary>
public sealed class InterlockedEnrollmentCounter : IEnrollmentCounter
{
    private int total;

    /// <inheritdoc/>
    public int Total => Volatile.Read(ref total);

    /// <inheritdoc/>
    public void Add(int students) => Interlocked.Add(ref total, students);
}
