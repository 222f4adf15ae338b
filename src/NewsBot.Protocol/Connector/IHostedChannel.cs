using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.Connector;

/// <summary>
/// A channel served by this very process (the self-hosted Direct Line). Turns it starts deliver the bot's activities
/// here instead of POSTing them to a serviceUrl, so they never leave the process and need no bot token.
/// </summary>
internal interface IHostedChannel
{
    Task<ResourceResponse> SendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    Task DeleteAsync(string conversationId, string activityId, CancellationToken cancellationToken);
}
