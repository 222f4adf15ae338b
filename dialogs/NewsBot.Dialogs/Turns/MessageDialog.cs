using Microsoft.Extensions.Logging;
using NewsBot.Coverage;
using NewsBot.Dialogs.Intents;
using NewsBot.Dialogs.Rendering;
using NewsBot.Dialogs.Replies;
using NewsBot.Dialogs.State;
using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Turns;

namespace NewsBot.Dialogs.Turns;

// One message turn: read the text, recognise what it asks, answer it, remember what follow-ups need.
internal sealed class MessageDialog(ICoverage coverage, ConversationStore store, ConversationOptions options, TimeProvider timeProvider, ILogger logger)
{
    private readonly AnswerReplies _answers = new(options);

    public async Task RunAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        activity.RemoveRecipientMention();
        var key = ConversationKey.Of(activity);
        var state = await store.GetAsync(key, cancellationToken);
        var sources = await coverage.ListSourcesAsync(cancellationToken);
        var outlets = sources.Select(s => s.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var context = new RecognizerContext(state.LastAnswer is not null, DidYouMean.Labels(state.LastAnswer), outlets);
        var intent = IntentRecognizer.Recognize(TurnText.Of(activity), context);
        logger.LogDebug("Conversation {ConversationId} on {ChannelId}: {Intent}.", key.ConversationId, key.ChannelId, intent.Kind);

        var reply = intent.Kind switch
        {
            IntentKind.Empty => InfoReplies.NoText(activity.Attachments is { Count: > 0 }),
            IntentKind.Help => InfoReplies.Help(sources),
            IntentKind.Greeting => InfoReplies.Greeting(),
            IntentKind.Thanks => InfoReplies.Thanks(),
            IntentKind.ListSources => InfoReplies.Sources(sources, state.Outlet),
            IntentKind.Story => await StoryAsync(turnContext, cancellationToken),
            IntentKind.More => await MoreAsync(key, cancellationToken),
            IntentKind.WhoSaidThat => WhoSaidThat(state),
            IntentKind.SetOutlet => await SetOutletAsync(key, intent.Outlet!, state, cancellationToken),
            IntentKind.ClearOutlet => await ClearOutletAsync(key, state, cancellationToken),
            IntentKind.PickCandidate => await PickAsync(key, state, intent.Candidate, cancellationToken),
            IntentKind.Reset => await ResetAsync(key, cancellationToken),
            _ => await AnswerAsync(turnContext, key, state, intent.Text, sources, outlets, cancellationToken),
        };
        await turnContext.SendActivitiesAsync(ChannelShaper.Shape(reply, activity.ChannelId), cancellationToken);
    }

    private async Task<Reply> AnswerAsync(
        ITurnContext turnContext, ConversationKey key, ConversationState state, string question,
        IReadOnlyList<SourceArticle> sources, IReadOnlyList<string> outlets, CancellationToken cancellationToken)
    {
        var askedAt = timeProvider.GetUtcNow();
        await turnContext.SendTypingAsync(cancellationToken);
        // A question that names an outlet itself ("according to CNN, ...") is answered from that outlet, filter or not.
        var outlet = state.Outlet is { } filter && !OutletNames.NamedIn(question, outlets) ? filter : null;
        var answer = await coverage.AnswerAsync(question, new AnswerOptions(outlet, options.ClaimsPerAnswer), cancellationToken);
        var shown = answer.Status == AnswerStatus.Answered ? 1 : 0;
        await store.UpdateAsync(key, s => s.WithAnswer(answer, askedAt, shown), cancellationToken);
        return _answers.For(answer, outlet, sources);
    }

    private async Task<Reply> StoryAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await turnContext.SendTypingAsync(cancellationToken);
        return InfoReplies.Story(await coverage.StoryAsync(options.StoryFacts, cancellationToken));
    }

    // The page is taken inside the update, so two "more" at once show different claims rather than the same twice.
    private async Task<Reply> MoreAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var (answer, page) = await store.UpdateAsync(key, state =>
        {
            if (state.LastAnswer is not { Status: AnswerStatus.Answered } answer)
            {
                return (state, (state.LastAnswer, (MoreClaims?)null));
            }

            var page = MoreClaims.Next(answer, state.ClaimsShown, options.ClaimsPerMore, options.MoreMinimumConfidence);
            return (state with { ClaimsShown = page.Shown }, (answer, page));
        }, cancellationToken);

        return (answer, page) switch
        {
            (null, _) => FollowUpReplies.NothingYet(),
            (_, null) => FollowUpReplies.NoAnswerToFollow(answer),
            _ => FollowUpReplies.More(answer, page),
        };
    }

    private Reply WhoSaidThat(ConversationState state) => state.LastAnswer switch
    {
        null => FollowUpReplies.NothingYet(),
        { Status: AnswerStatus.Answered } answer =>
            FollowUpReplies.WhoSaidThat(answer, MoreClaims.Remaining(answer, state.ClaimsShown, options.MoreMinimumConfidence)),
        var answer => FollowUpReplies.NoAnswerToFollow(answer),
    };

    private async Task<Reply> PickAsync(ConversationKey key, ConversationState state, int candidate, CancellationToken cancellationToken)
    {
        var answer = DidYouMean.Choose(state.LastAnswer!, candidate);
        await store.UpdateAsync(key, s => s.WithAnswer(answer, timeProvider.GetUtcNow(), 1), cancellationToken);
        return _answers.Answered(answer, outlet: null);
    }

    private async Task<Reply> SetOutletAsync(ConversationKey key, string outlet, ConversationState state, CancellationToken cancellationToken)
    {
        await store.UpdateAsync(key, s => s with { Outlet = outlet }, cancellationToken);
        return InfoReplies.OutletSet(outlet, state.LastQuestion);
    }

    private async Task<Reply> ClearOutletAsync(ConversationKey key, ConversationState state, CancellationToken cancellationToken)
    {
        await store.UpdateAsync(key, s => s with { Outlet = null }, cancellationToken);
        return InfoReplies.OutletCleared(state.Outlet is not null);
    }

    private async Task<Reply> ResetAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        await store.ForgetAsync(key, cancellationToken);
        return InfoReplies.Reset();
    }
}
