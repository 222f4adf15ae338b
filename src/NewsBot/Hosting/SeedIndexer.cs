using Microsoft.Extensions.Options;
using NewsBot.Coverage;

namespace NewsBot.Hosting;

// Brings the index up to date with the configured articles before the bot takes its first question, so a fresh
// clone answers from the seeds and an edited article is re-indexed on the next start.
internal sealed class SeedIndexer(NewsCoverage coverage, IOptions<CoverageOptions> options, ILogger<SeedIndexer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = options.Value.SeedsPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            logger.LogWarning("Coverage:SeedsPath {Path} does not exist; answering from the index as it is", path);
            return;
        }

        var report = await coverage.IndexAsync(path, cancellationToken);
        foreach (var warning in report.Warnings)
        {
            logger.LogWarning("{Warning}", warning);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
