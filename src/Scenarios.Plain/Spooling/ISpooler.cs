namespace Scenarios.Plain.Spooling;

/// <summary>A print queue: request handlers submit jobs, one printer thread takes them in order.</summary>
public interface ISpooler : IDisposable
{
    /// <summary>Queues a job and wakes the printer.</summary>
    /// <param name="job">The job.</param>
    void Submit(string job);

    /// <summary>Blocks until a job is queued, then takes it.</summary>
    /// <returns>The oldest queued job.</returns>
    string Take();
}
