using System.Globalization;
using Harness.Snapshots;

namespace Harness.Tests.Snapshots;

public sealed class SnapshotPathsTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "src", "Orders.Tests");

    [Fact]
    public void A_fact_is_named_after_its_class_and_method_beside_its_source()
    {
        Assert.Equal(Path.Combine(Folder, "TransferTests.Transfers_do_not_deadlock.schedule.received.txt"), SnapshotPaths.Received(Folder, "TransferTests", "Transfers_do_not_deadlock"));
        Assert.Equal(Path.Combine(Folder, "TransferTests.Transfers_do_not_deadlock.schedule.verified.txt"), SnapshotPaths.Verified(Folder, "TransferTests", "Transfers_do_not_deadlock"));
    }

    [Fact]
    public void A_theory_row_adds_its_arguments_joined_by_underscores()
    {
        string data = SnapshotPaths.DataRow([3, "pct"]);

        Assert.Equal("3_pct", data);
        Assert.Equal(Path.Combine(Folder, "T.M_3_pct.schedule.verified.txt"), SnapshotPaths.Verified(Folder, "T", "M", data));
    }

    [Fact]
    public void Arguments_are_formatted_the_same_in_every_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");

            Assert.Equal("1.5_true_null_empty_Pct_1,2,3_Int32", SnapshotPaths.DataRow([1.5, true, null, "", SchedulingStrategy.Pct, new[] { 1, 2, 3 }, typeof(int)]));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("a b", "_a-b")]
    [InlineData("x<y>z:\"w\"", "_x-y-z--w-")]
    [InlineData(@"a/b\c|d?e*f", "_a-b-c-d-e-f")]
    [InlineData("tab\there\nnewline", "_tab-here-newline")]
    [InlineData("ünïcödé_ok.1", "_ünïcödé_ok.1")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Characters_no_file_system_accepts_and_spaces_become_dashes(string? data, string suffix)
    {
        Assert.Equal(suffix, SnapshotPaths.DataSuffix(data));
    }

    [Fact]
    public void Long_data_is_cut_and_ends_in_a_short_stable_hash_of_the_full_text()
    {
        string data = new('x', 100);
        string other = new string('x', 99) + "y";

        string suffix = SnapshotPaths.DataSuffix(data);

        Assert.Equal(1 + SnapshotPaths.MaxDataLength, suffix.Length);
        Assert.Equal("_" + new string('x', 31) + "-" + Sha256Prefix(data), suffix);
        Assert.NotEqual(suffix, SnapshotPaths.DataSuffix(other));
        Assert.Equal(suffix, SnapshotPaths.DataSuffix(data));
    }

    [Fact]
    public void Data_exactly_at_the_limit_keeps_its_text_and_gets_no_hash()
    {
        string data = new('x', SnapshotPaths.MaxDataLength);

        Assert.Equal("_" + data, SnapshotPaths.DataSuffix(data));
    }

    [Fact]
    public void Received_and_verified_paths_map_to_each_other()
    {
        string verified = SnapshotPaths.Verified(Folder, "T", "M", "1");

        Assert.Equal(verified, SnapshotPaths.VerifiedFor(SnapshotPaths.ReceivedFor(verified)));
        Assert.Throws<ArgumentException>(() => SnapshotPaths.VerifiedFor(verified));
    }

    private static string Sha256Prefix(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..8];
}
