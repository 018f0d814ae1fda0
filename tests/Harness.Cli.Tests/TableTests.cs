namespace Harness.Cli.Tests;

public sealed class TableTests
{
    private static readonly Table TwoColumns = new([new Column("name"), new Column("count", AlignRight: true)]);

    [Fact]
    public void Columns_are_as_wide_as_their_widest_cell_and_numbers_align_right()
    {
        var lines = TwoColumns.Format([["a", "1"], ["longer name", "1000000"]]);

        Assert.Equal(
            [
                "name           count",
                "-----------  -------",
                "a                  1",
                "longer name  1000000",
            ],
            lines);
    }

    [Fact]
    public void Headers_wider_than_every_cell_set_the_width()
    {
        var lines = TwoColumns.Format([["x", "7"]]);

        Assert.Equal(["name  count", "----  -----", "x         7"], lines);
    }

    [Fact]
    public void Left_aligned_last_column_leaves_no_trailing_spaces()
    {
        var table = new Table([new Column("id"), new Column("text")]);

        var lines = table.Format([["P01", "short"], ["P02", "a longer text"]]);

        Assert.All(lines, line => Assert.Equal(line.TrimEnd(), line));
    }

    [Fact]
    public void An_empty_table_is_header_and_rule()
    {
        Assert.Equal(["name  count", "----  -----"], TwoColumns.Format([]));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => TwoColumns.Format([["only one cell"]]));

        Assert.Contains("1 cells", error.Message, StringComparison.Ordinal);
    }
}
