using NewsBot.Dialogs;
using NewsBot.Protocol;

namespace NewsBot.Hosting;

// The turn's error boundary: log once, apologise, and reset that conversation so the next message starts clean.
internal static class TurnErrorHandler
{
    public const string Apology = "Sorry, something went wrong on my side while answering that. I've reset our conversation; please ask again.";

    public static WebApplication UseTurnErrorHandler(this WebApplication app)
    {
        var adapter = app.Services.GetRequiredService<ChannelAdapter>();
        var handler = app.Services.GetRequiredService<NewsBotHandler>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("NewsBot.TurnError");
        adapter.OnTurnError = async (turnContext, exception) =>
        {
            var activity = turnContext.Activity;
            logger.LogError(exception, "Turn failed for a {Type} activity in {ChannelId} conversation {ConversationId}",
                activity.Type, activity.ChannelId, activity.Conversation?.Id);
            try
            {
                await handler.ResetConversationAsync(turnContext, CancellationToken.None);
                await turnContext.SendActivityAsync(Apology, cancellationToken: CancellationToken.None);
            }
            catch (Exception followUp)
            {
                // The channel itself may be what failed; the first error is the one that matters and was logged.
                logger.LogWarning("Could not apologise after the failed turn: {Message}", followUp.Message);
            }
        };
        return app;
    }
}
