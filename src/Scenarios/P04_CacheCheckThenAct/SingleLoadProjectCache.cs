using System.Collections.Concurrent;

namespace Scenarios.P04_CacheCheckThenAct;

/// <summary>
/// The fixed cache: the entry is stored before anything is awaited, and the entry is the load itself. The
/// first request puts a lazy load in the dictionary; every later request, even one that arrives while the load
/// is still running, awaits that same load. ConcurrentDictionary keeps the map safe on real threads too, and
/// Lazy makes sure only the winning entry ever starts a query.
/// </summary>
/// <param name="database">Where projects are loaded from.</param>
public sealed class SingleLoadProjectCache(ProjectDatabase database) : IProjectCache
{
    private readonly ConcurrentDictionary<int, Lazy<Task<Project>>> projects = new();

    /// <inheritdoc/>
    public Task<Project> GetAsync(int projectId) =>
        projects.GetOrAdd(projectId, id => new Lazy<Task<Project>>(() => database.LoadAsync(id))).Value;
}
