namespace Scenarios.Plain.Enrollment;

/// <summary>Registers every batch on its own thread-pool task, as a request handler would.</summary>
public static class Registrar
{
    /// <summary>Adds every batch to <paramref name="counter"/> concurrently.</summary>
    /// <param name="counter">The counter.</param>
    /// <param name="batches">Students per batch.</param>
    /// <returns>A task that completes when every batch is counted.</returns>
    public static Task RegisterAsync(IEnrollmentCounter counter, params int[] batches) =>
        Task.WhenAll(batches.Select(students => Task.Run(() => counter.Add(students))));
}
