using Microsoft.Extensions.Logging;
using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Turns;

namespace NewsBot.Protocol.DirectLine;

public sealed partial class DirectLineServer
{
    /// <summary>
    /// POST conversations: 201 and a stream URL for a new conversation, after the bot got its one conversationUpdate
    /// (the user and the bot in membersAdded); 200 when the token's conversation already exists.
    /// </summary>
    public async Task<DirectLineResponse> StartConversationAsync(DirectLineRequest request, Stream body, IBot bot, CancellationToken cancellationToken)
    {
        var (caller, failure) = await AuthorizeAsync(request.Authorization);
        if (caller is null)
        {
            return failure!;
        }

        var (start, problem) = await ReadJsonAsync<StartBody>(body, _options.MaxActivityBytes, optional: true, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (caller.Token is { } claims && await _log.FindAsync(claims.ConversationId, cancellationToken) is not null)
        {
            return DirectLineResponse.Json(200, Body(claims.ConversationId, caller.Credential, claims.ExpiresAt - _timeProvider.GetUtcNow(), request));
        }

        if (!caller.IsSecret && _throttle.Acquire("start:" + request.ClientAddress, _options.ConversationsPerMinute) is { } wait)
        {
            return DirectLineResponse.Throttled(wait, $"At most {_options.ConversationsPerMinute} conversations a minute from one address.");
        }

        var conversationId = caller.Token?.ConversationId ?? DirectLineIds.NewConversationId();
        var (userId, userName) = StartingUser(caller, start);
        if (!await _log.CreateAsync(conversationId, userId, userName, cancellationToken))
        {
            // Another request with the same token created it a moment ago.
            return await StartConversationAsync(request, Stream.Null, bot, cancellationToken);
        }

        await AnnounceAsync(request, conversationId, DirectLineAccounts.User(userId, userName), start?.Locale, bot, cancellationToken);
        var token = caller.Token is null ? IssueToken(conversationId, userId, userName) : caller.Credential;
        var lifetime = caller.Token is { } own ? own.ExpiresAt - _timeProvider.GetUtcNow() : _options.TokenLifetime;
        return DirectLineResponse.Json(201, Body(conversationId, token, lifetime, request));
    }

    /// <summary>
    /// GET conversations/{id}?watermark=: a new stream URL (and token) for an existing conversation. The stream replays
    /// strictly after the watermark; an empty watermark replays everything, an absent one only what comes next.
    /// </summary>
    public async Task<DirectLineResponse> ReconnectAsync(DirectLineRequest request, string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        var (caller, conversation, failure) = await AuthorizeConversationAsync(request.Authorization, conversationId, cancellationToken);
        if (caller is null || conversation is null)
        {
            return failure!;
        }

        if (!DirectLineIds.TryParseWatermark(watermark, out var after))
        {
            return DirectLineResponse.BadRequest($"The watermark '{watermark}' is not one this server gave out.");
        }

        var replayAfter = watermark is null ? conversation.LastSequence : after;
        var token = IssueToken(conversationId, caller.Token?.UserId ?? conversation.UserId, caller.Token?.UserName ?? conversation.UserName);
        return DirectLineResponse.Json(200, Body(conversationId, token, _options.TokenLifetime, request, replayAfter));
    }

    // The token's user wins; a client-chosen id is taken unless it claims the dl_ prefix reserved for token-bound users.
    private static (string Id, string? Name) StartingUser(Caller caller, StartBody? start)
    {
        if (caller.Token?.UserId is { } tokenUser)
        {
            return (tokenUser, caller.Token.UserName);
        }

        var requested = start?.User?.Id;
        return string.IsNullOrWhiteSpace(requested) || requested.StartsWith("dl_", StringComparison.Ordinal)
            ? (DirectLineIds.NewUserId(), start?.User?.Name)
            : (requested, start?.User?.Name);
    }

    // One conversationUpdate with both members, as the Emulator sends it: the bot greets the user from it.
    private async Task AnnounceAsync(DirectLineRequest request, string conversationId, ChannelAccount user, string? locale, IBot bot, CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            ChannelId = _accounts.ChannelId,
            ServiceUrl = ServiceUrl(request),
            Conversation = new ConversationAccount { Id = conversationId },
            From = user,
            Recipient = _accounts.Bot,
            MembersAdded = [user, _accounts.Bot],
            Locale = locale,
            Timestamp = _timeProvider.GetUtcNow(),
        };
        var outcome = await RunTurnAsync(activity, bot, cancellationToken);
        if (outcome is not null)
        {
            _logger.LogWarning("The bot did not take the conversationUpdate of Direct Line conversation {ConversationId}: {Outcome}", conversationId, outcome);
        }
    }

    private static string ServiceUrl(DirectLineRequest request) => request.Origin.AbsoluteUri.TrimEnd('/') + "/";
}
