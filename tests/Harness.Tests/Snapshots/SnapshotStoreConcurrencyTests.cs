using System.Globalization;
using Harness.Snapshots;

namespace Harness.Tests.Snapshots;

public sealed class SnapshotStoreConcurrencyTests
{
    [Fact]
    public async Task A_reader_never_sees_half_a_file_while_it_is_being_rewritten()
    {
        // Windows refuses to replace a file another thread has open, so there is nothing to observe there.
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        string received = SnapshotPaths.Received(folder.Path, "T", "M");
        var small = Samples.Deadlock();
        var large = small with { Trace = [.. Enumerable.Repeat(small.Trace[0], 5000)] };
        SnapshotStore.WriteReceived(received, small);

        var writer = Task.Run(() =>
        {
            for (int i = 0; i < 100; i++)
            {
                SnapshotStore.WriteReceived(received, i % 2 == 0 ? large : small);
            }
        });
        while (!writer.IsCompleted)
        {
            Assert.True(SnapshotStore.TryReadVerified(received, out var read));
            Assert.True(read == small || read == large);
        }

        await writer;
    }

    [Fact]
    public void Snapshots_of_different_tests_can_be_written_and_accepted_in_parallel()
    {
        using var folder = new TempFolder();

        Parallel.For(0, 32, i =>
        {
            string received = SnapshotPaths.Received(folder.Path, "T", "M", i.ToString(CultureInfo.InvariantCulture));
            SnapshotStore.WriteReceived(received, Samples.Deadlock() with { Test = "T.M" + i });
            SnapshotStore.Accept(received);
        });

        Assert.Equal(32, folder.Files().Length);
        Assert.All(folder.Files(), file => Assert.EndsWith(SnapshotPaths.VerifiedSuffix, file, StringComparison.Ordinal));
        Assert.True(SnapshotStore.TryReadVerified(SnapshotPaths.Verified(folder.Path, "T", "M", "7"), out var seventh));
        Assert.Equal("T.M7", seventh!.Test);
    }
}
