using Microsoft.Extensions.Time.Testing;

namespace NewsBot.Coverage.Tests.Support;

// One index of the seed articles shared by the tests of a class.
public sealed class SeedCoverage : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public NewsCoverage Coverage { get; private set; } = null!;

    public IndexReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Coverage = new NewsCoverage(new CoverageOptions { DatabasePath = _folder.File("coverage.db") }, new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)));
        Report = await Coverage.IndexAsync(RepositoryPaths.Seeds);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Coverage.Dispose();
        _folder.Dispose();
    }
}
