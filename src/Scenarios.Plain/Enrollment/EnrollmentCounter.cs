namespace Scenarios.Plain.Enrollment;

/// <summary>
/// The buggy counter (P05, lost update, synchronous form; the articles' enrollment total): <c>total += n</c> is a
/// read, an add and a write, and two batches on two threads can both read the old total.
/// </summary>
public sealed class EnrollmentCounter : IEnrollmentCounter
{
    private int total;

    /// <inheritdoc/>
    public int Total => total;

    /// <inheritdoc/>
    public void Add(int students) => total += students;
}
