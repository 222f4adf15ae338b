using NewsBot.Protocol.Connector;
using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.DirectLine;

/// <summary>
/// Where the bot's activities go in a Direct Line turn: straight into the conversation's transcript and onto its open
/// streams, in the order the bot sends them, so a typing indicator reaches the client before the answer is ready.
/// </summary>
internal sealed class DirectLineChannel(TranscriptWriter writer, DirectLineAccounts accounts, TimeProvider timeProvider) : IHostedChannel
{
    public async Task<ResourceResponse> SendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        // Clients never see conversationUpdate; there is nothing to deliver.
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            return new ResourceResponse(null);
        }

        Address(conversationId, activity);
        var id = await writer.AppendAsync(conversationId, activity, store: activity.Type != ActivityTypes.Typing, cancellationToken);
        return new ResourceResponse(id ?? throw Missing(conversationId));
    }

    public async Task<ResourceResponse> UpdateAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var sequence = DirectLineIds.Sequence(conversationId, activity.Id)
            ?? throw new ConnectorException($"'{activity.Id}' is not an activity of Direct Line conversation '{conversationId}'.");
        Address(conversationId, activity);
        return await writer.ReplaceAsync(conversationId, sequence, activity, cancellationToken)
            ? new ResourceResponse(activity.Id)
            : throw Missing(conversationId);
    }

    public async Task DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        if (DirectLineIds.Sequence(conversationId, activityId) is { } sequence)
        {
            await writer.DeleteAsync(conversationId, sequence, cancellationToken);
        }
    }

    // The client-facing form: the bot as sender with its role, this conversation, the server's clock, no serviceUrl.
    private void Address(string conversationId, Activity activity)
    {
        activity.ChannelId = accounts.ChannelId;
        activity.ServiceUrl = null;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.From = (activity.From ?? accounts.Bot) with { Role = RoleTypes.Bot };
        activity.Timestamp = timeProvider.GetUtcNow();
    }

    private static ConnectorException Missing(string conversationId) =>
        new($"Direct Line conversation '{conversationId}' does not exist (it may have been deleted after its retention).");
}
