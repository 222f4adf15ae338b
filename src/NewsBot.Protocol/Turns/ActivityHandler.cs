using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.Turns;

/// <summary>
/// An <see cref="IBot"/> that dispatches on the activity type to virtual methods. Override the ones the bot needs;
/// the defaults do nothing, and an unhandled <c>invoke</c> makes the adapter answer 501.
/// </summary>
public class ActivityHandler : IBot
{
    /// <inheritdoc />
    public virtual async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        switch (turnContext.Activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.Event:
                await OnEventActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.Invoke:
                await HandleInvokeAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.Typing:
                await OnTypingActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.EndOfConversation:
                await OnEndOfConversationActivityAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.MessageReaction:
                await OnMessageReactionActivityAsync(turnContext, cancellationToken);
                break;
            default:
                await OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken);
                break;
        }
    }

    /// <summary>A <c>message</c> arrived.</summary>
    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A <c>conversationUpdate</c> arrived; by default dispatches to <see cref="OnMembersAddedAsync"/> and <see cref="OnMembersRemovedAsync"/>.</summary>
    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.MembersAdded is { Count: > 0 } added)
        {
            await OnMembersAddedAsync(added, turnContext, cancellationToken);
        }

        if (activity.MembersRemoved is { Count: > 0 } removed)
        {
            await OnMembersRemovedAsync(removed, turnContext, cancellationToken);
        }
    }

    /// <summary>
    /// Members joined. The list can include the bot itself (its id equals <c>turnContext.Activity.Recipient.Id</c>):
    /// that is how Teams says the bot was added, and the Emulator sends user and bot together.
    /// </summary>
    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Members left; the list can include the bot itself.</summary>
    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An <c>installationUpdate</c> arrived; dispatches on its action, treating Teams' <c>-upgrade</c> forms like the plain ones.</summary>
    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Action?.ToLowerInvariant() switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            "remove" or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };

    /// <summary>The bot was installed (or upgraded).</summary>
    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The bot was uninstalled.</summary>
    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An <c>event</c> arrived; by default calls <see cref="OnEventAsync"/>.</summary>
    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        OnEventAsync(turnContext, cancellationToken);

    /// <summary>A named event (e.g. Web Chat's <c>webchat/join</c>); <c>Activity.Name</c> and <c>Activity.Value</c> carry it.</summary>
    protected virtual Task OnEventAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// An <c>invoke</c> arrived. Return the response the HTTP request gets, or null when the bot does not handle this
    /// invoke (the adapter then answers 501). A response already set with <c>SetInvokeResponse</c> wins.
    /// </summary>
    protected virtual Task<InvokeResponse?> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(null);

    /// <summary>Someone is typing.</summary>
    protected virtual Task OnTypingActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The conversation ended; <c>Activity.Code</c> says why.</summary>
    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A <c>messageReaction</c> arrived; dispatches to <see cref="OnReactionsAddedAsync"/> and <see cref="OnReactionsRemovedAsync"/>.</summary>
    protected virtual async Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.ReactionsAdded is { Count: > 0 } added)
        {
            await OnReactionsAddedAsync(added, turnContext, cancellationToken);
        }

        if (activity.ReactionsRemoved is { Count: > 0 } removed)
        {
            await OnReactionsRemovedAsync(removed, turnContext, cancellationToken);
        }
    }

    /// <summary>Reactions were added to a message.</summary>
    protected virtual Task OnReactionsAddedAsync(IList<MessageReaction> reactions, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Reactions were removed from a message.</summary>
    protected virtual Task OnReactionsRemovedAsync(IList<MessageReaction> reactions, ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An activity type this handler does not know; ignored by default, as the spec asks (A2014).</summary>
    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task HandleInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var response = await OnInvokeActivityAsync(turnContext, cancellationToken);
        if (response is not null && turnContext.GetInvokeResponse() is null)
        {
            turnContext.SetInvokeResponse(response);
        }
    }
}
