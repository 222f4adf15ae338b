using Microsoft.Extensions.Logging;
using NewsBot.Coverage;
using NewsBot.Dialogs.State;
using NewsBot.Dialogs.Turns;
using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Turns;

namespace NewsBot.Dialogs;

/// <summary>
/// The NewsBot conversation: welcomes, commands (help, sources, story, more, who said that, outlet filters) and
/// questions answered from the coverage with cited, channel-shaped replies. Register it with
/// <see cref="DialogServiceCollectionExtensions.AddNewsBotDialogs"/> and pass it to the adapter as the <see cref="IBot"/>.
/// </summary>
public sealed class NewsBotHandler : ActivityHandler
{
    private const string WebChatJoinEvent = "webchat/join";

    private readonly MessageDialog _dialog;
    private readonly Welcomer _welcomer;
    private readonly ConversationStore _store;

    internal NewsBotHandler(ICoverage coverage, ConversationStore store, ConversationOptions options, TimeProvider timeProvider, ILogger<NewsBotHandler> logger)
    {
        _store = store;
        _dialog = new MessageDialog(coverage, store, options, timeProvider, logger);
        _welcomer = new Welcomer(coverage, store);
    }

    /// <summary>
    /// Forgets the conversation of <paramref name="turnContext"/>: its last question and answer, follow-up position and
    /// outlet filter (not whether it was welcomed). Call it from the adapter's OnTurnError so a failed turn starts afresh.
    /// </summary>
    public Task ResetConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _store.ForgetAsync(ConversationKey.Of(turnContext.Activity), cancellationToken);

    /// <inheritdoc />
    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _dialog.RunAsync(turnContext, cancellationToken);

    /// <inheritdoc />
    protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        var botAdded = membersAdded.Any(m => string.Equals(m.Id, botId, StringComparison.Ordinal));
        var userAdded = membersAdded.Any(m => !string.Equals(m.Id, botId, StringComparison.Ordinal));
        // Teams greets once per install (the bot joining), not every person who joins a team or chat.
        var welcome = IsTeams(turnContext) ? botAdded : userAdded;
        return welcome ? _welcomer.WelcomeOnceAsync(turnContext, cancellationToken) : Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _welcomer.WelcomeOnceAsync(turnContext, cancellationToken);

    /// <inheritdoc />
    protected override async Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // An app upgrade removes and adds again; only a real uninstall makes a later install welcome anew.
        if (string.Equals(turnContext.Activity.Action, "remove", StringComparison.OrdinalIgnoreCase))
        {
            await _welcomer.ForgetAsync(turnContext, cancellationToken);
            await ResetConversationAsync(turnContext, cancellationToken);
        }
    }

    /// <inheritdoc />
    protected override Task OnEventAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        string.Equals(turnContext.Activity.Name, WebChatJoinEvent, StringComparison.Ordinal)
            ? _welcomer.WelcomeOnceAsync(turnContext, cancellationToken)
            : Task.CompletedTask;

    private static bool IsTeams(ITurnContext turnContext) =>
        string.Equals(turnContext.Activity.ChannelId, Channels.Msteams, StringComparison.Ordinal);
}
