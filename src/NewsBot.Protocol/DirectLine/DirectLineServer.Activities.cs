using Microsoft.Extensions.Logging;
using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Turns;

namespace NewsBot.Protocol.DirectLine;

public sealed partial class DirectLineServer
{
    /// <summary>GET conversations/{id}/activities?watermark=: the stored activities after the watermark (empty or absent: from the start).</summary>
    public async Task<DirectLineResponse> GetActivitiesAsync(DirectLineRequest request, string conversationId, string? watermark, CancellationToken cancellationToken)
    {
        var (caller, _, failure) = await AuthorizeConversationAsync(request.Authorization, conversationId, cancellationToken);
        if (caller is null)
        {
            return failure!;
        }

        if (!DirectLineIds.TryParseWatermark(watermark, out var after))
        {
            return DirectLineResponse.BadRequest($"The watermark '{watermark}' is not one this server gave out.");
        }

        var page = await _log.ReadAfterAsync(conversationId, after, _options.PageSize, cancellationToken);
        var last = page.Count > 0 ? page[^1].Sequence : after;
        return new DirectLineResponse(200, ActivitySetJson.Frame(page.Select(activity => activity.Json), last));
    }

    /// <summary>
    /// POST conversations/{id}/activities: stores the activity and echoes it to the conversation's streams (new id,
    /// <c>channelData</c> unchanged, <c>from.role</c> "user"), runs the bot's turn, then answers <c>{"id"}</c>; 502
    /// <c>BotRejectedActivity</c> when the turn fails. The turn runs on <paramref name="turnCancellation"/>, not the
    /// request's, so an answer is kept for the client even if it hangs up.
    /// </summary>
    public async Task<DirectLineResponse> PostActivityAsync(
        DirectLineRequest request, string conversationId, Stream body, IBot bot, CancellationToken turnCancellation, CancellationToken cancellationToken)
    {
        var (caller, _, failure) = await AuthorizeConversationAsync(request.Authorization, conversationId, cancellationToken);
        if (caller is null)
        {
            return failure!;
        }

        if (_throttle.Acquire("post:" + conversationId, _options.ActivitiesPerMinute) is { } wait)
        {
            return DirectLineResponse.Throttled(wait, $"At most {_options.ActivitiesPerMinute} activities a minute in one conversation.");
        }

        var (activity, problem) = await ReadJsonAsync<Activity>(body, _options.MaxActivityBytes, optional: false, cancellationToken);
        if (activity is null)
        {
            return problem!;
        }

        if (Inbound(activity, conversationId, caller.Token) is { } invalid)
        {
            return DirectLineResponse.BadRequest(invalid);
        }

        // Clients never see conversationUpdate, and typing goes to the bot only: neither is stored or echoed.
        var echoed = activity.Type is not (ActivityTypes.Typing or ActivityTypes.ConversationUpdate);
        var id = echoed ? await _writer.AppendAsync(conversationId, activity, store: true, cancellationToken) : null;
        activity.ServiceUrl = ServiceUrl(request);
        if (await RunTurnAsync(activity, bot, turnCancellation) is { } outcome)
        {
            _logger.LogWarning("The bot rejected activity {ActivityId} of Direct Line conversation {ConversationId}: {Outcome}", id, conversationId, outcome);
            return DirectLineResponse.Error(502, "BotRejectedActivity", $"The bot could not process the activity: {outcome}");
        }

        return DirectLineResponse.Json(200, new ResourceResponse(id));
    }

    // Addresses a client's activity as the channel does: the server's id, time and channel; the token's user when it has one.
    private string? Inbound(Activity activity, string conversationId, TokenClaims? token)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no type.";
        }

        var sender = activity.From ?? new ChannelAccount();
        if (token?.UserId is { } userId)
        {
            sender = sender with { Id = userId, Name = token.UserName ?? sender.Name };
        }
        else if (string.IsNullOrWhiteSpace(sender.Id) || sender.Id.StartsWith("dl_", StringComparison.Ordinal))
        {
            return "The activity needs from.id (ids starting with dl_ are reserved for users named in the token).";
        }

        activity.Id = null;
        activity.From = sender with { Role = RoleTypes.User };
        activity.Recipient = _accounts.Bot;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.ChannelId = _accounts.ChannelId;
        activity.ServiceUrl = null;
        activity.Timestamp = _timeProvider.GetUtcNow();
        return null;
    }

    /// <summary>Runs the bot's turn; null when it succeeded, else what went wrong.</summary>
    private async Task<string?> RunTurnAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _adapter.ProcessHostedActivityAsync(activity, _channel, bot, cancellationToken);
            return response.StatusCode is >= 200 and < 300 ? null : $"the bot answered {response.StatusCode} {response.Body}";
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(exception, "A Direct Line turn failed in conversation {ConversationId}", activity.Conversation?.Id);
            return $"the turn failed ({exception.GetType().Name})";
        }
    }
}
