namespace Scenarios.P06_SelfBlockingChannel;

/// <summary>Imports a laboratory's result file into the clinical data system.</summary>
public interface ILabFileImporter
{
    /// <summary>Queues every line of the file and stores the queued results.</summary>
    /// <param name="lines">The file's results, in file order.</param>
    /// <returns>How many results were stored.</returns>
    Task<int> ImportAsync(IEnumerable<LabResult> lines);
}
