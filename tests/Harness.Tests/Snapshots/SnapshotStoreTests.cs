using System.Text;
using Harness.Snapshots;

namespace Harness.Tests.Snapshots;

public sealed class SnapshotStoreTests
{
    [Fact]
    public void The_received_file_holds_exactly_the_written_text_as_UTF8_without_a_byte_order_mark()
    {
        using var folder = new TempFolder();
        string received = SnapshotPaths.Received(folder.Path, "TransferTests", "Transfers_do_not_deadlock");

        SnapshotStore.WriteReceived(received, Samples.Deadlock());

        Assert.Equal(Encoding.UTF8.GetBytes(Samples.DeadlockText), File.ReadAllBytes(received));
        Assert.Equal(["TransferTests.Transfers_do_not_deadlock.schedule.received.txt"], folder.Files());
    }

    [Fact]
    public void Writing_again_replaces_the_received_file_and_leaves_no_temp_file()
    {
        using var folder = new TempFolder();
        string received = SnapshotPaths.Received(Path.Combine(folder.Path, "new", "folder"), "T", "M");
        SnapshotStore.WriteReceived(received, Samples.Deadlock());

        SnapshotStore.WriteReceived(received, Samples.Deadlock() with { Verdict = BugKind.LeakedTask });

        Assert.Contains("\nverdict: LeakedTask\n", File.ReadAllText(received), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(received)!));
    }

    [Fact]
    public void No_verified_file_reads_as_false_even_when_the_folder_is_missing()
    {
        using var folder = new TempFolder();

        Assert.False(SnapshotStore.TryReadVerified(SnapshotPaths.Verified(folder.Path, "T", "M"), out var snapshot));
        Assert.False(SnapshotStore.TryReadVerified(SnapshotPaths.Verified(Path.Combine(folder.Path, "gone"), "T", "M"), out _));
        Assert.Null(snapshot);
    }

    [Fact]
    public void A_verified_file_with_Windows_line_endings_reads_back_equal()
    {
        using var folder = new TempFolder();
        string verified = SnapshotPaths.Verified(folder.Path, "T", "M");
        File.WriteAllText(verified, Samples.DeadlockText.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.True(SnapshotStore.TryReadVerified(verified, out var snapshot));
        Assert.Equal(Samples.Deadlock(), snapshot);
    }

    [Fact]
    public void A_corrupt_verified_file_is_a_snapshot_exception_naming_it()
    {
        using var folder = new TempFolder();
        string verified = SnapshotPaths.Verified(folder.Path, "T", "M");
        File.WriteAllText(verified, Samples.WithLine(12, "  0:0 0:x"));

        var error = Assert.Throws<SnapshotException>(() => SnapshotStore.TryReadVerified(verified, out _));

        Assert.StartsWith($"Schedule snapshot {verified} line 12: \"0:x\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_reported_at_their_line()
    {
        using var folder = new TempFolder();
        string verified = SnapshotPaths.Verified(folder.Path, "T", "M");
        byte[] bytes = Encoding.UTF8.GetBytes(Samples.DeadlockText);
        bytes[Samples.DeadlockText.IndexOf("summary: ", StringComparison.Ordinal) + 9] = 0xFF;
        File.WriteAllBytes(verified, bytes);

        var error = Assert.Throws<SnapshotException>(() => SnapshotStore.TryReadVerified(verified, out _));

        Assert.StartsWith($"Schedule snapshot {verified} line 5: this line is not UTF-8 text.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_renames_received_to_verified_replacing_the_old_one()
    {
        using var folder = new TempFolder();
        string received = SnapshotPaths.Received(folder.Path, "T", "M");
        string verified = SnapshotPaths.Verified(folder.Path, "T", "M");
        File.WriteAllText(verified, "old");
        SnapshotStore.WriteReceived(received, Samples.Deadlock());

        Assert.Equal(verified, SnapshotStore.Accept(received));

        Assert.Equal(["T.M.schedule.verified.txt"], folder.Files());
        Assert.Equal(Samples.DeadlockText, File.ReadAllText(verified));
    }

    [Fact]
    public void Deleting_the_received_file_leaves_the_verified_one_and_refuses_a_verified_path()
    {
        using var folder = new TempFolder();
        string received = SnapshotPaths.Received(folder.Path, "T", "M");
        string verified = SnapshotPaths.Verified(folder.Path, "T", "M");
        SnapshotStore.WriteReceived(received, Samples.Deadlock());
        SnapshotStore.Accept(received);
        SnapshotStore.WriteReceived(received, Samples.Deadlock());

        SnapshotStore.DeleteReceived(received);
        SnapshotStore.DeleteReceived(received);

        Assert.Throws<ArgumentException>(() => SnapshotStore.DeleteReceived(verified));
        Assert.Equal(["T.M.schedule.verified.txt"], folder.Files());
    }
}
