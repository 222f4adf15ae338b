using NewsBot.Coverage;
using NewsBot.Dialogs.Rendering;
using NewsBot.Dialogs.Replies;
using NewsBot.Dialogs.State;
using NewsBot.Protocol.Turns;

namespace NewsBot.Dialogs.Turns;

// Sends the welcome at most once per conversation, however many join events, installs and Web Chat join events
// arrive, even at the same time.
internal sealed class Welcomer(ICoverage coverage, ConversationStore store)
{
    public async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var key = ConversationKey.Of(turnContext.Activity);
        if (!await store.TryMarkWelcomedAsync(key, cancellationToken))
        {
            return;
        }

        try
        {
            var sources = await coverage.ListSourcesAsync(cancellationToken);
            await turnContext.SendActivitiesAsync(ChannelShaper.Shape(InfoReplies.Welcome(sources), turnContext.Activity.ChannelId), cancellationToken);
        }
        catch
        {
            // The welcome did not go out: let the next join event try again.
            await store.ForgetWelcomeAsync(key, CancellationToken.None);
            throw;
        }
    }

    public Task ForgetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        store.ForgetWelcomeAsync(ConversationKey.Of(turnContext.Activity), cancellationToken);
}
