using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using NewsBot.Coverage.Answering;
using NewsBot.Coverage.Indexing;
using NewsBot.Coverage.Storage;

namespace NewsBot.Coverage;

/// <summary>The answering engine over one SQLite index: indexes article files and answers questions from them.</summary>
public sealed class NewsCoverage : ICoverage, IDisposable
{
    private readonly CoverageDatabase _database;
    private readonly Indexer _indexer;
    private readonly Answerer _answerer;
    private readonly SemaphoreSlim _snapshotLock = new(1, 1);
    private IndexSnapshot? _snapshot;
    private StoryCache? _story;

    /// <summary>Opens (and on first use creates) the index named by <paramref name="options"/>.</summary>
    public NewsCoverage(CoverageOptions options, TimeProvider timeProvider, ILogger<NewsCoverage>? logger = null)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        _database = new CoverageDatabase(options.DatabasePath);
        _indexer = new Indexer(_database, timeProvider, (ILogger?)logger ?? NullLogger.Instance);
        _answerer = new Answerer(options);
    }

    /// <summary>The full path of the SQLite file.</summary>
    public string DatabasePath => _database.Path;

    /// <summary>Brings the index in line with a folder of articles (or one file): adds, updates and removes articles.</summary>
    public Task<IndexReport> IndexAsync(string path, CancellationToken cancellationToken = default) =>
        _indexer.IndexAsync(path, cancellationToken);

    /// <inheritdoc />
    public async Task<Answer> AnswerAsync(string question, AnswerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        await using var connection = await _database.OpenAsync(cancellationToken);
        var snapshot = await SnapshotAsync(connection, cancellationToken);
        return await _answerer.AnswerAsync(connection, snapshot, question, options ?? AnswerOptions.Default, cancellationToken);
    }

    /// <summary>The ranked candidates behind an answer with their scoring features, for people tuning the engine.</summary>
    public async Task<IReadOnlyList<string>> ExplainAsync(string question, int top = 8, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var snapshot = await SnapshotAsync(connection, cancellationToken);
        return await _answerer.ExplainAsync(connection, snapshot, question, top, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SourceArticle>> ListSourcesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var snapshot = await SnapshotAsync(connection, cancellationToken);
        return snapshot.Sources.Value;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Claim>> StoryAsync(int count = 3, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var snapshot = await SnapshotAsync(connection, cancellationToken);
        var story = _story;
        if (story is null || story.Generation != snapshot.Generation)
        {
            story = new StoryCache(snapshot.Generation, await StoryBuilder.BuildAsync(connection, snapshot, cancellationToken));
            _story = story;
        }

        return story.Claims.Take(count).ToList();
    }

    private async Task<IndexSnapshot> SnapshotAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var generation = await IndexSnapshot.ReadGenerationAsync(connection, cancellationToken);
        var snapshot = _snapshot;
        if (snapshot is not null && snapshot.Generation == generation)
        {
            return snapshot;
        }

        await _snapshotLock.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is null || _snapshot.Generation != generation)
            {
                _snapshot = await IndexSnapshot.LoadAsync(connection, cancellationToken);
            }

            return _snapshot;
        }
        finally
        {
            _snapshotLock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _snapshotLock.Dispose();
        _database.Dispose();
    }

    private sealed record StoryCache(long Generation, IReadOnlyList<Claim> Claims);
}
