using Microsoft.Extensions.Time.Testing;
using NewsBot.Coverage;

namespace NewsBot.Dialogs.Tests.Support;

// The real answering engine over the repository's seed articles, indexed once into a temporary database.
public sealed class SeedCoverage : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public NewsCoverage Coverage { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        Coverage = new NewsCoverage(new CoverageOptions { DatabasePath = _folder.File("coverage.db") }, clock);
        await Coverage.IndexAsync(RepositoryPaths.Seeds);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Coverage.Dispose();
        _folder.Dispose();
    }
}
