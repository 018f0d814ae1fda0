namespace Scenarios.P04_CacheCheckThenAct;

/// <summary>Keeps loaded projects in memory so that a project is queried from the database once.</summary>
public interface IProjectCache
{
    /// <summary>Returns the cached project, loading it on the first request.</summary>
    /// <param name="projectId">The project wanted.</param>
    /// <returns>The project; every request for the same id gets the same object.</returns>
    Task<Project> GetAsync(int projectId);
}
