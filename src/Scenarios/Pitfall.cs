using Harness;

namespace Scenarios;

/// <summary>
/// One entry of the pitfall catalogue: a concurrency mistake written twice, the way a .NET developer would write
/// it and the way it should be written, each as a complete test body for <see cref="ConcurrencyTest.Explore"/>.
/// </summary>
/// <param name="Id">Catalogue id, "P" and two digits (P05).</param>
/// <param name="Name">What goes wrong, in a few words ("lost update on a shared counter").</param>
/// <param name="ExpectedVerdict">The verdict the harness must give the buggy variant.</param>
/// <param name="Buggy">
/// Test body with the mistake. Called once per iteration, so it creates its own state, spawns operations with
/// <see cref="Controlled.Run(Func{Task}, string?, string?, string, int)"/> and checks the outcome.
/// </param>
/// <param name="Fixed">The same test body over the corrected code: no explored schedule may fail it.</param>
public sealed record Pitfall(string Id, string Name, BugKind ExpectedVerdict, Func<Task> Buggy, Func<Task> Fixed);
