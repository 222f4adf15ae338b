using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Protocol.Authentication;
using NewsBot.Protocol.Connector;
using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Turns;

namespace NewsBot.Protocol;

/// <summary>
/// The Bot Framework channel adapter: authenticates an inbound activity, runs the turn through the middleware and
/// the bot, sends the bot's activities to the channel's serviceUrl (or buffers them for <c>expectReplies</c>), and
/// says what the HTTP endpoint must answer. Register one instance; set <see cref="BotAdapter.OnTurnError"/> and
/// middleware at start-up.
/// </summary>
public sealed class ChannelAdapter(
    ChannelAuthenticator authenticator, ConnectorClientFactory connectors, ServiceUrlPolicy policy, ServiceUrlTrust trust, ILogger<ChannelAdapter> logger)
    : BotAdapter
{
    /// <summary>Reads an activity from a request body and processes it; a missing or malformed body gives 400.</summary>
    public async Task<AdapterResponse> ProcessActivityAsync(string? authorizationHeader, Stream body, IBot bot, CancellationToken cancellationToken)
    {
        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(body, ProtocolJson.Options, cancellationToken);
        }
        catch (JsonException exception)
        {
            return AdapterResponse.BadRequest($"The request body is not a JSON activity: {exception.Message}");
        }

        return activity is null
            ? AdapterResponse.BadRequest("The request body is empty; expected an activity.")
            : await ProcessActivityAsync(authorizationHeader, activity, bot, cancellationToken);
    }

    /// <summary>
    /// Processes one inbound activity. Returns 400 for a malformed activity, 401/403 when authentication fails or the
    /// serviceUrl may not be called, otherwise 200 (with <c>{"activities":[...]}</c> for expectReplies), or for an
    /// invoke the response the bot set (501 when it set none). Errors inside the turn go to OnTurnError.
    /// </summary>
    public async Task<AdapterResponse> ProcessActivityAsync(string? authorizationHeader, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        if (ActivityValidator.Problem(activity) is { } problem)
        {
            logger.LogWarning("Rejected an activity: {Problem}", problem);
            return AdapterResponse.BadRequest(problem);
        }

        var authentication = await authenticator.AuthenticateAsync(authorizationHeader, activity, cancellationToken);
        if (!authentication.Succeeded)
        {
            logger.LogWarning("Rejected a {Type} activity from channel {ChannelId} with {Status}: {Reason}",
                activity.Type, activity.ChannelId, authentication.StatusCode, authentication.Reason);
            var code = authentication.StatusCode == 403 ? "Forbidden" : "Unauthorized";
            return AdapterResponse.Error(authentication.StatusCode, code, authentication.Reason ?? code);
        }

        if (authentication.VerifiedServiceUrl is { } verified)
        {
            trust.Trust(verified);
        }

        var expectReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        if (!expectReplies && !policy.IsAllowed(activity.ServiceUrl, out var refusal))
        {
            logger.LogWarning("Rejected a {Type} activity: {Reason}", activity.Type, refusal);
            return AdapterResponse.Error(403, "Forbidden", refusal);
        }

        // callerId is for the bot's own bookkeeping; a value arriving on the wire is not to be trusted (A2251).
        activity.Properties?.Remove("callerId");

        var turnContext = new TurnContext(this, activity);
        turnContext.TurnState.Set(authentication);
        if (expectReplies)
        {
            turnContext.TurnState.Set(new BufferedReplies());
        }

        await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken);
        return TurnResult(turnContext, expectReplies);
    }

    /// <summary>
    /// Runs a turn for an activity that a channel hosted in this process received and authorised itself (the
    /// self-hosted Direct Line checked the client's token). No bearer token is checked, and the turn's activities go
    /// to <paramref name="channel"/> instead of the serviceUrl, so a bot with a MicrosoftAppId needs no trust in its own host.
    /// </summary>
    internal async Task<AdapterResponse> ProcessHostedActivityAsync(Activity activity, IHostedChannel channel, IBot bot, CancellationToken cancellationToken)
    {
        if (ActivityValidator.Problem(activity) is { } problem)
        {
            return AdapterResponse.BadRequest(problem);
        }

        var turnContext = new TurnContext(this, activity);
        turnContext.TurnState.Set(AuthenticationResult.Hosted());
        turnContext.TurnState.Set(channel);
        await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken);
        return TurnResult(turnContext, expectReplies: false);
    }

    /// <summary>
    /// Runs <paramref name="callback"/> in a new turn of the conversation <paramref name="reference"/> names
    /// (proactive messages). Its activities are sent like replies, without replyToId.
    /// </summary>
    public Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "ContinueConversation",
            ChannelId = reference.ChannelId,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
        };
        return RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            responses[i] = await SendAsync(turnContext, activities[i], cancellationToken);
        }

        return responses;
    }

    /// <inheritdoc />
    public override async Task<ResourceResponse?> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        var activityId = activity.Id ?? throw new ArgumentException("The activity to update has no id.", nameof(activity));
        if (turnContext.TurnState.Get<IHostedChannel>() is { } hosted)
        {
            return await hosted.UpdateAsync(ConversationId(turnContext), activity, cancellationToken);
        }

        return await Connector(turnContext).UpdateActivityAsync(ConversationId(turnContext), activityId, activity, cancellationToken);
    }

    /// <inheritdoc />
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        var activityId = reference.ActivityId ?? throw new ArgumentException("The reference names no activity to delete.", nameof(reference));
        return turnContext.TurnState.Get<IHostedChannel>() is { } hosted
            ? hosted.DeleteAsync(ConversationId(turnContext), activityId, cancellationToken)
            : Connector(turnContext).DeleteActivityAsync(ConversationId(turnContext), activityId, cancellationToken);
    }

    private async Task<ResourceResponse> SendAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Type == ActivityTypes.Trace && turnContext.Activity.ChannelId != Channels.Emulator)
        {
            return new ResourceResponse(null);
        }

        if (turnContext.TurnState.Get<BufferedReplies>() is { } buffer)
        {
            buffer.Activities.Add(activity);
            return new ResourceResponse(null);
        }

        if (turnContext.TurnState.Get<IHostedChannel>() is { } hosted)
        {
            return await hosted.SendAsync(ConversationId(turnContext), activity, cancellationToken);
        }

        var connector = Connector(turnContext);
        var conversationId = ConversationId(turnContext);
        logger.LogDebug("Sending a {Type} activity to conversation {ConversationId}.", activity.Type, conversationId);
        return string.IsNullOrEmpty(activity.ReplyToId)
            ? await connector.SendToConversationAsync(conversationId, activity, cancellationToken)
            : await connector.ReplyToActivityAsync(conversationId, activity.ReplyToId, activity, cancellationToken);
    }

    // Always the turn's own serviceUrl: an outgoing activity cannot redirect the bot elsewhere.
    private ConnectorClient Connector(ITurnContext turnContext) => connectors.Create(turnContext.Activity.ServiceUrl);

    private static string ConversationId(ITurnContext turnContext) =>
        turnContext.Activity.Conversation?.Id ?? throw new InvalidOperationException("The turn's activity has no conversation id.");

    private static AdapterResponse TurnResult(ITurnContext turnContext, bool expectReplies)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Invoke)
        {
            return turnContext.GetInvokeResponse() is { } invokeResponse
                ? AdapterResponse.Json(invokeResponse.Status, invokeResponse.Body)
                : AdapterResponse.Error(501, "NotImplemented", $"The bot does not handle the invoke '{activity.Name}'.");
        }

        return expectReplies
            ? AdapterResponse.Json(200, new ExpectedReplies(turnContext.TurnState.Get<BufferedReplies>()!.Activities))
            : AdapterResponse.Ok();
    }
}
