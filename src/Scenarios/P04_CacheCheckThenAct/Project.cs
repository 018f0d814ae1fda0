namespace Scenarios.P04_CacheCheckThenAct;

/// <summary>A clinical trial project as the project management service shows it.</summary>
/// <param name="Id">The project's id.</param>
/// <param name="Title">The project's title.</param>
public sealed record Project(int Id, string Title);
