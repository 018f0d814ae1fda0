using System.Globalization;
using Harness;

namespace Scenarios.P04_CacheCheckThenAct;

/// <summary>The project database: slow to query, which is why the service caches what it loads.</summary>
public sealed class ProjectDatabase
{
    private static readonly TimeSpan QueryTime = TimeSpan.FromMilliseconds(100);

    /// <summary>How many queries reached the database.</summary>
    public int Loads { get; private set; }

    /// <summary>Loads one project; every call is a new query and a new object.</summary>
    /// <param name="projectId">The project to load.</param>
    /// <returns>The project as stored.</returns>
    public async Task<Project> LoadAsync(int projectId)
    {
        Loads++;
        await Task.Delay(QueryTime, Controlled.Time);
        return new Project(projectId, "Project " + projectId.ToString(CultureInfo.InvariantCulture));
    }
}
