namespace Scenarios.Plain.Enrollment;

/// <summary>The fixed counter: the read-add-write runs under a lock.</summary>
public sealed class LockedEnrollmentCounter : IEnrollmentCounter
{
    private readonly Lock gate = new();
    private int total;

    /// <inheritdoc/>
    public int Total
    {
        get
        {
            lock (gate)
            {
                return total;
            }
        }
    }

    /// <inheritdoc/>
    public void Add(int students)
    {
        lock (gate)
        {
            total += students;
        }
    }
}
