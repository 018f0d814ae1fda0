namespace Harness.Cli;

/// <summary>A column of a <see cref="Table"/>; numbers read best right-aligned.</summary>
/// <param name="Header">The column's title.</param>
/// <param name="AlignRight">Pad on the left instead of the right.</param>
internal sealed record Column(string Header, bool AlignRight = false);

/// <summary>Plain-text table with aligned columns: readable in a terminal and in a CI log alike.</summary>
/// <param name="columns">The columns, left to right.</param>
internal sealed class Table(IReadOnlyList<Column> columns)
{
    private const string Gap = "  ";

    /// <summary>Header, a dashed rule, then one line per row; trailing spaces trimmed.</summary>
    internal IReadOnlyList<string> Format(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.FirstOrDefault(row => row.Count != columns.Count) is { } wrong)
        {
            throw new ArgumentException($"A row has {wrong.Count} cells; the table has {columns.Count} columns.", nameof(rows));
        }

        var widths = columns.Select((column, i) => rows.Select(row => row[i].Length).Append(column.Header.Length).Max()).ToArray();
        var lines = new List<string>(rows.Count + 2)
        {
            Line(columns.Select(column => column.Header).ToList(), widths),
            string.Join(Gap, widths.Select(width => new string('-', width))),
        };
        lines.AddRange(rows.Select(row => Line(row, widths)));
        return lines;
    }

    private string Line(IReadOnlyList<string> cells, int[] widths) =>
        string.Join(Gap, cells.Select((cell, i) => columns[i].AlignRight ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]))).TrimEnd();
}
