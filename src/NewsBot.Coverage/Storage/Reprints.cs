namespace NewsBot.Coverage.Storage;

// The rows one search has read, and the sentences they hold per outlet. Syndicated copy and an outlet's repeated
// boilerplate print the same sentence in many articles; as candidates the copies would crowd out every other
// sentence, and as citations or votes they would count one outlet many times.
internal sealed class Reprints
{
    // Rows ranked for each candidate wanted, to leave room for the copies skipped.
    public const int RowsPerCandidate = 8;

    private readonly HashSet<long> _rows = [];
    private readonly HashSet<(string Outlet, string Text)> _printed = [];

    public int Rows => _rows.Count;

    // The sentence's text when this row is the first of its outlet to print it; null for a row already read or a reprint.
    public string? IsFirst(long row, string outlet, string text) =>
        _rows.Add(row) && _printed.Add((outlet, text)) ? text : null;
}
