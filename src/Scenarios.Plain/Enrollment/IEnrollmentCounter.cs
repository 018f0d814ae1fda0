namespace Scenarios.Plain.Enrollment;

/// <summary>Counts students enrolled by the registration batches that run at the same time.</summary>
public interface IEnrollmentCounter
{
    /// <summary>Students enrolled so far.</summary>
    int Total { get; }

    /// <summary>Adds one batch of enrolled students.</summary>
    /// <param name="students">Students in the batch.</param>
    void Add(int students);
}
