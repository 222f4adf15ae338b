using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.DirectLine;

/// <summary>
/// The self-hosted Direct Line 3.0 server, independent of the web framework: each method is one endpoint and returns
/// the response to write. Conversations and activities persist in SQLite; the bot's turns run in-process through
/// <see cref="ChannelAdapter"/>, and its replies are appended to the conversation directly. Register with
/// <c>AddDirectLineServer()</c>.
/// </summary>
public sealed partial class DirectLineServer
{
    private readonly DirectLineOptions _options;
    private readonly ConversationLog _log;
    private readonly TranscriptWriter _writer;
    private readonly ConversationStreams _streams;
    private readonly StreamPump _pump;
    private readonly DirectLineTokens _tokens;
    private readonly DirectLineChannel _channel;
    private readonly DirectLineAccounts _accounts;
    private readonly RequestThrottle _throttle;
    private readonly ChannelAdapter _adapter;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DirectLineServer> _logger;
    private readonly byte[]? _secretHash;

    internal DirectLineServer(
        DirectLineOptions options, ConversationLog log, TranscriptWriter writer, ConversationStreams streams, StreamPump pump, DirectLineTokens tokens,
        DirectLineChannel channel, DirectLineAccounts accounts, RequestThrottle throttle, ChannelAdapter adapter, TimeProvider timeProvider,
        ILogger<DirectLineServer> logger)
    {
        (_options, _log, _writer, _streams, _pump, _tokens) = (options, log, writer, streams, pump, tokens);
        (_channel, _accounts, _throttle, _adapter, _timeProvider, _logger) = (channel, accounts, throttle, adapter, timeProvider, logger);
        _secretHash = string.IsNullOrEmpty(options.Secret) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(options.Secret));
    }

    /// <summary>How many WebSocket streams are open now.</summary>
    public int OpenStreams => _streams.OpenCount;

    private async Task<(Caller? Caller, DirectLineResponse? Failure)> AuthorizeAsync(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || authorization.Length <= Scheme.Length)
        {
            return (null, DirectLineResponse.Error(401, "Unauthorized", "Send 'Authorization: Bearer <token or secret>'."));
        }

        var credential = authorization[Scheme.Length..].Trim();
        if (_secretHash is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(credential)), _secretHash))
        {
            return (new Caller(null, credential), null);
        }

        var check = await _tokens.CheckAsync(credential);
        return check switch
        {
            { Status: TokenStatus.Valid, Claims.Purpose: TokenPurpose.Conversation } => (new Caller(check.Claims, credential), null),
            { Status: TokenStatus.Expired } => (null, DirectLineResponse.Error(403, "TokenExpired", "The token has expired; get a new one.")),
            _ when _secretHash is null && credential.Count(c => c == '.') != 2 =>
                (null, DirectLineResponse.Forbidden("This server has no DirectLine:Secret, so secrets are refused; use a conversation token.")),
            _ => (null, DirectLineResponse.Forbidden("The credential is neither the secret nor a valid conversation token.")),
        };
    }

    // The checks every call on an existing conversation makes, in order: credential (401/403), scope (403), existence (404).
    private async Task<(Caller? Caller, StoredConversation? Conversation, DirectLineResponse? Failure)> AuthorizeConversationAsync(
        string? authorization, string conversationId, CancellationToken cancellationToken)
    {
        var (caller, failure) = await AuthorizeAsync(authorization);
        if (caller is null)
        {
            return (null, null, failure);
        }

        if (!caller.MayUse(conversationId))
        {
            return (null, null, DirectLineResponse.Forbidden("The token is for another conversation."));
        }

        return await _log.FindAsync(conversationId, cancellationToken) is { } conversation
            ? (caller, conversation, null)
            : (null, null, DirectLineResponse.NotFound($"There is no conversation '{conversationId}'."));
    }

    private ConversationBody Body(string conversationId, string token, TimeSpan lifetime, DirectLineRequest? request = null, long? watermark = null, string? userId = null) =>
        new(conversationId, token, (int)Math.Ceiling(lifetime.TotalSeconds), request is null ? null : StreamUrl(request, conversationId, watermark ?? 0), userId);

    private string IssueToken(string conversationId, string? userId, string? userName) =>
        _tokens.Issue(conversationId, userId, userName, TokenPurpose.Conversation, _options.TokenLifetime);

    // Absolute ws:// or wss:// on the host the client reached: DirectLineJS opens it verbatim.
    private string StreamUrl(DirectLineRequest request, string conversationId, long watermark)
    {
        var scheme = request.Origin.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        var token = _tokens.Issue(conversationId, null, null, TokenPurpose.Stream, _options.StreamUrlLifetime);
        var baseUrl = new UriBuilder(request.Origin) { Scheme = scheme, Port = request.Origin.IsDefaultPort ? -1 : request.Origin.Port }.Uri.AbsoluteUri.TrimEnd('/');
        return $"{baseUrl}/v3/directline/conversations/{conversationId}/stream?watermark={DirectLineIds.Watermark(watermark)}&t={Uri.EscapeDataString(token)}";
    }

    private static async Task<(T? Value, DirectLineResponse? Failure)> ReadJsonAsync<T>(Stream body, int limit, bool optional, CancellationToken cancellationToken)
        where T : class
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, DirectLineResponse.Error(413, "PayloadTooLarge", $"The request body is larger than {limit} bytes (DirectLine:MaxActivityBytes)."));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0 || buffer.ToArray().All(b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t'))
        {
            return optional ? (null, null) : (null, DirectLineResponse.BadRequest("The request body is empty; expected JSON."));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.ToArray(), ProtocolJson.Options);
            return value is null && !optional ? (null, DirectLineResponse.BadRequest("The request body is null; expected JSON.")) : (value, null);
        }
        catch (JsonException exception)
        {
            return (null, DirectLineResponse.BadRequest($"The request body is not valid JSON of the expected shape: {exception.Message}"));
        }
    }
}
