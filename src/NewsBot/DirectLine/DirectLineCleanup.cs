using Microsoft.Extensions.Options;
using NewsBot.Protocol.DirectLine;

namespace NewsBot.DirectLine;

// Deletes Direct Line conversations idle for longer than DirectLine:Retention, at start-up and every CleanupInterval.
internal sealed class DirectLineCleanup(DirectLineServer server, IOptions<DirectLineOptions> options, TimeProvider timeProvider, ILogger<DirectLineCleanup> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, timeProvider);
        do
        {
            try
            {
                var deleted = await server.DeleteIdleConversationsAsync(stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} Direct Line conversations idle for more than {Retention}", deleted, options.Value.Retention);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "The Direct Line retention cleanup failed; it runs again in {Interval}", options.Value.CleanupInterval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
