namespace NewsBot.Soak;

internal static class TimerExtensions
{
    // The next tick, or false once the soak is over.
    public static async Task<bool> TickAsync(this PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
