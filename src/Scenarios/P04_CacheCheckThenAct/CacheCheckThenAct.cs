using System.Globalization;
using Harness;

namespace Scenarios.P04_CacheCheckThenAct;

/// <summary>
/// P04: two pages of the project dashboard ask for the same uncached project at the same moment. The project
/// must be loaded once and both pages must see the object the cache keeps. The buggy cache checks, awaits the
/// load, then stores, so both requests miss, both query, and the second overwrites the first one's entry.
/// </summary>
public static class CacheCheckThenAct
{
    /// <summary>The catalogue entry.</summary>
    public static Pitfall Pitfall { get; } = new(
        "P04",
        "check-then-act on a cache across an await",
        BugKind.AssertionFailure,
        () => TwoPagesOpenTheSameProject(database => new ProjectCache(database)),
        () => TwoPagesOpenTheSameProject(database => new SingleLoadProjectCache(database)));

    private static async Task TwoPagesOpenTheSameProject(Func<ProjectDatabase, IProjectCache> open)
    {
        const int ProjectId = 7;
        var database = new ProjectDatabase();
        var cache = open(database);

        var shown = await Task.WhenAll(
            Controlled.Run(() => cache.GetAsync(ProjectId), "overview page"),
            Controlled.Run(() => cache.GetAsync(ProjectId), "site report page"));
        var kept = await cache.GetAsync(ProjectId);

        Invariant.Assert(
            database.Loads == 1,
            string.Create(CultureInfo.InvariantCulture, $"the project is loaded from the database once, but it was loaded {database.Loads} times"));
        Invariant.Assert(shown.All(project => ReferenceEquals(project, kept)), "every page shows the project the cache keeps");
    }
}
