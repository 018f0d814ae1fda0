using Harness.Snapshots;

namespace Harness.Tests.Snapshots;

public sealed class ReplayInstructionsTests
{
    [Fact]
    public void The_instructions_replay_the_given_file_and_accept_the_received_one_on_both_platforms()
    {
        string text = SnapshotStore.ReplayInstructions("/src/T.M.schedule.verified.txt", "Orders.Tests.T.M");

        Assert.Equal(
            """
            replay: HARNESS_REPLAY="/src/T.M.schedule.verified.txt" dotnet test --filter "FullyQualifiedName=Orders.Tests.T.M"
                    (PowerShell: $env:HARNESS_REPLAY="/src/T.M.schedule.verified.txt"; dotnet test --filter "FullyQualifiedName=Orders.Tests.T.M")
            accept: mv "/src/T.M.schedule.received.txt" "/src/T.M.schedule.verified.txt"
                    (Windows: move /Y "/src/T.M.schedule.received.txt" "/src/T.M.schedule.verified.txt")
            """,
            text);
    }

    [Fact]
    public void A_theory_row_filters_by_its_method_name_and_a_received_path_is_replayed_as_is()
    {
        string text = SnapshotStore.ReplayInstructions("/src/T.M_3_pct.schedule.received.txt", "Orders.Tests.T.M(count: 3, mode: \"pct\")");

        Assert.StartsWith("replay: HARNESS_REPLAY=\"/src/T.M_3_pct.schedule.received.txt\" dotnet test --filter \"FullyQualifiedName=Orders.Tests.T.M\"\n", text, StringComparison.Ordinal);
        Assert.Contains("accept: mv \"/src/T.M_3_pct.schedule.received.txt\" \"/src/T.M_3_pct.schedule.verified.txt\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_the_filter_language_reserves_are_escaped()
    {
        string text = SnapshotStore.ReplayInstructions("/src/T.M.schedule.verified.txt", "A.B!C=D");

        Assert.Contains("FullyQualifiedName=A.B\\!C\\=D\"", text, StringComparison.Ordinal);
    }
}
