using Harness.Xunit;

namespace Harness.Tests.Samples;

/// <summary>Facts whose snapshots test the edges: a terminal escape in an exception, a livelock's long trace.</summary>
public class SnapshotEdgeFacts
{
    [ConcurrencyFact(Iterations = 1)]
    public async Task Throws_a_message_with_terminal_escapes()
    {
        await Task.Yield();
        throw new InvalidOperationException("screen \u001b[2J cleared\u0007");
    }

    [ConcurrencyFact(Iterations = 1, MaxSteps = 3000)]
    public async Task Spins_forever()
    {
        while (true)
        {
            await Task.Yield();
        }
    }
}

/// <summary>
/// Facts whose caller path is given as a ContinuousIntegrationBuild or PathMap build records it: "/_/..." instead of
/// this file's real path. The snapshot folder must still be this file's folder.
/// </summary>
public class MappedSourceFacts
{
    [ConcurrencyFact("/_/tests/Harness.Tests.Samples/SnapshotEdgeFacts.cs", Iterations = 1)]
    public async Task Fails_with_a_mapped_source_path()
    {
        await Task.Yield();
        Invariant.Assert(false, "always");
    }

    [ConcurrencyFact("/_/nowhere/Missing.cs", Iterations = 1)]
    public async Task Has_a_source_path_that_maps_nowhere()
    {
        await Task.Yield();
    }
}
