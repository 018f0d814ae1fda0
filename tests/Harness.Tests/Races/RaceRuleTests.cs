using Harness.Races;

namespace Harness.Tests.Races;

/// <summary>The detector's one rule, step by step: a pair is a race only when the later thread ran nothing since the earlier access.</summary>
public sealed class RaceRuleTests
{
    private static readonly Location Total = new(new object(), "Counter.total");

    [Fact]
    public void A_write_while_the_reader_waited_at_its_read_is_a_race()
    {
        var detector = new RaceDetector();
        Assert.Null(detector.OnAccess(Total, Write(operation: 1, step: 5), parkedAt: 2));

        var race = detector.OnAccess(Total, Read(operation: 2, step: 6), parkedAt: 4);

        Assert.NotNull(race);
        Assert.Equal((5, 6), (race.First.Step, race.Second.Step));
    }

    [Fact]
    public void A_step_of_the_reader_after_the_write_silences_the_pair_whatever_it_did()
    {
        // Step 5 may have been a WaitAsync that completed at once, or a read of a flag: the detector cannot tell.
        var detector = new RaceDetector();
        detector.OnAccess(Total, Write(operation: 1, step: 4), parkedAt: 2);

        Assert.Null(detector.OnAccess(Total, Read(operation: 2, step: 6), parkedAt: 5));
    }

    [Fact]
    public void A_read_written_over_while_the_writer_waited_is_a_race_and_two_reads_are_not()
    {
        var detector = new RaceDetector();
        detector.OnAccess(Total, Read(operation: 1, step: 3), parkedAt: 1);
        Assert.Null(detector.OnAccess(Total, Read(operation: 2, step: 4), parkedAt: 2));

        var race = detector.OnAccess(Total, Write(operation: 3, step: 5), parkedAt: 2);

        Assert.NotNull(race);
        Assert.False(race.First.IsWrite);
        Assert.True(race.Second.IsWrite);
    }

    [Fact]
    public void A_thread_never_races_with_its_own_earlier_access()
    {
        // Its own accesses all lie at or before the step it parked in.
        var detector = new RaceDetector();
        detector.OnAccess(Total, Write(operation: 1, step: 3), parkedAt: 1);

        Assert.Null(detector.OnAccess(Total, Write(operation: 1, step: 5), parkedAt: 3));
    }

    [Fact]
    public void Two_flows_of_one_operation_race_like_two_operations()
    {
        var detector = new RaceDetector();
        detector.OnAccess(Total, Write(operation: 1, step: 3), parkedAt: 1);

        Assert.NotNull(detector.OnAccess(Total, Write(operation: 1, step: 5), parkedAt: 2));
    }

    private static Access Read(int operation, int step) => new(operation, "op" + operation, step, "Counter.cs:8", IsWrite: false);

    private static Access Write(int operation, int step) => new(operation, "op" + operation, step, "Counter.cs:9", IsWrite: true);
}
