using System.Text;

namespace NewsBot.Benchmarks.Report;

// A plain fixed-width table: the first column left-aligned, the others right-aligned.
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        var text = new StringBuilder();
        void Line(IReadOnlyList<string> cells)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = i < cells.Count ? cells[i] : "";
                text.Append(i == 0 ? cell.PadRight(widths[i]) : "  " + cell.PadLeft(widths[i]));
            }

            text.Append('\n');
        }

        Line(headers);
        text.Append(new string('-', widths.Sum() + (2 * (widths.Length - 1)))).Append('\n');
        foreach (var row in _rows)
        {
            Line(row);
        }

        return text.ToString();
    }
}
