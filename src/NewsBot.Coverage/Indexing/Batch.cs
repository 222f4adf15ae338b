using Microsoft.Data.Sqlite;

namespace NewsBot.Coverage.Indexing;

// The open transaction of an indexing run and what it has written so far. Commit ends it with the batch's sentences
// in the full-text index and its word frequencies applied, then reports its articles as added or updated: only
// committed work reaches the report.
internal sealed class Batch(SqliteConnection connection, ArticleWriter writer, WordFrequencyDelta frequencies) : IDisposable
{
    private readonly List<(string Source, bool Updated, int Sentences)> _written = [];
    private SqliteTransaction? _transaction;

    public WordFrequencyDelta Frequencies { get; } = frequencies;

    public int Articles => _written.Count;

    public int Sentences { get; private set; }

    public ArticleWriter Open()
    {
        if (_transaction is null)
        {
            _transaction = connection.BeginTransaction();
            writer.Begin(_transaction);
        }

        return writer;
    }

    public void Written(string source, bool updated, int sentences)
    {
        _written.Add((source, updated, sentences));
        Sentences += sentences;
    }

    public void Commit(IndexRun run)
    {
        if (_transaction is null)
        {
            return;
        }

        writer.IndexText();
        writer.ApplyWordFrequencies(Frequencies.Changes());
        writer.BumpGeneration();
        _transaction.Commit();
        Dispose();
        foreach (var (source, updated, sentences) in _written)
        {
            (updated ? run.Updated : run.Added).Add(source);
            run.SentencesWritten += sentences;
        }

        _written.Clear();
        Sentences = 0;
    }

    public void Dispose()
    {
        _transaction?.Dispose();
        _transaction = null;
    }
}
