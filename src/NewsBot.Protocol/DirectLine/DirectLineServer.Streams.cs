using System.Net.WebSockets;

namespace NewsBot.Protocol.DirectLine;

public sealed partial class DirectLineServer
{
    /// <summary>
    /// Checks a stream URL's token (<c>t</c>) and watermark before the WebSocket is accepted. On success returns the
    /// stream to pass to <see cref="RunStreamAsync"/> (dispose it if the upgrade fails); otherwise the response to send.
    /// </summary>
    public async Task<(DirectLineStream? Stream, DirectLineResponse? Failure)> OpenStreamAsync(
        string conversationId, string? token, string? watermark, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            return (null, DirectLineResponse.Error(401, "Unauthorized", "Open the streamUrl exactly as it was returned; its t parameter is missing."));
        }

        var check = await _tokens.CheckAsync(token);
        if (check.Status == TokenStatus.Expired)
        {
            return (null, DirectLineResponse.Error(403, "TokenExpired", "The streamUrl has expired; get a new one with GET conversations/{id}."));
        }

        if (check.Claims is not { Purpose: TokenPurpose.Stream } claims || claims.ConversationId != conversationId)
        {
            return (null, DirectLineResponse.Forbidden("The streamUrl's token is not valid for this conversation."));
        }

        if (!DirectLineIds.TryParseWatermark(watermark, out var after))
        {
            return (null, DirectLineResponse.BadRequest($"The watermark '{watermark}' is not one this server gave out."));
        }

        if (await _log.FindAsync(conversationId, cancellationToken) is null)
        {
            return (null, DirectLineResponse.NotFound($"There is no conversation '{conversationId}'."));
        }

        return _streams.TrySubscribe(conversationId, _options.MaxStreams) is { } subscription
            ? (new DirectLineStream(subscription, after), null)
            : (null, DirectLineResponse.Throttled(TimeSpan.FromSeconds(15), $"This server already has {_options.MaxStreams} open streams."));
    }

    /// <summary>Runs an accepted WebSocket until the client closes it or <paramref name="cancellationToken"/> fires.</summary>
    public async Task RunStreamAsync(WebSocket socket, DirectLineStream stream, CancellationToken cancellationToken)
    {
        using (stream)
        {
            await _pump.RunAsync(socket, stream.Subscription, stream.Watermark, cancellationToken);
        }
    }

    /// <summary>Deletes the conversations idle for longer than the retention; returns how many.</summary>
    public Task<int> DeleteIdleConversationsAsync(CancellationToken cancellationToken) =>
        _log.DeleteIdleAsync(_timeProvider.GetUtcNow() - _options.Retention, cancellationToken);
}
