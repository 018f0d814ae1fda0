namespace Scenarios.P04_CacheCheckThenAct;

/// <summary>
/// The buggy cache: look up, and on a miss load and store. The load is awaited between the check and the store,
/// so every request that misses during that await loads the project again and overwrites the entry the first
/// one stored (Go's unguarded <c>map</c> cache; there the runtime panics, here the cache silently stampedes).
/// </summary>
/// <param name="database">Where projects are loaded from.</param>
public sealed class ProjectCache(ProjectDatabase database) : IProjectCache
{
    private readonly Dictionary<int, Project> projects = [];

    /// <inheritdoc/>
    public async Task<Project> GetAsync(int projectId)
    {
        if (projects.TryGetValue(projectId, out var cached))
        {
            return cached;
        }

        var project = await database.LoadAsync(projectId);
        projects[projectId] = project;
        return project;
    }
}
