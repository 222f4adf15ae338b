using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using NewsBot.Protocol.Authentication;
using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.Connector;

/// <summary>
/// Bot Connector v3 calls to one channel's serviceUrl. Ids are escaped path segments; the base URL keeps its path
/// (e.g. <c>/amer/</c>). With a token provider every call carries <c>Authorization: Bearer</c>; without one, none.
/// Get instances from <see cref="ConnectorClientFactory"/>, which decides whether the serviceUrl deserves the token.
/// </summary>
public sealed class ConnectorClient
{
    private readonly HttpClient _httpClient;
    private readonly IBotTokenProvider? _tokenProvider;

    /// <summary>Creates a client for <paramref name="serviceUrl"/>; pass no token provider for anonymous calls.</summary>
    public ConnectorClient(HttpClient httpClient, string serviceUrl, IBotTokenProvider? tokenProvider = null)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The serviceUrl '{serviceUrl}' is not an absolute http(s) URL.", nameof(serviceUrl));
        }

        _httpClient = httpClient;
        _tokenProvider = tokenProvider;
        BaseUri = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
    }

    /// <summary>The serviceUrl, ending in '/'.</summary>
    public Uri BaseUri { get; }

    /// <summary>Whether calls carry the bot's token.</summary>
    public bool IsAuthenticated => _tokenProvider is not null;

    /// <summary>POST v3/conversations/{conversationId}/activities/{activityId}: a reply, threaded where the channel can.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, ActivitiesUri(conversationId, activityId), activity, cancellationToken);

    /// <summary>POST v3/conversations/{conversationId}/activities: appends to the conversation.</summary>
    public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, ActivitiesUri(conversationId, null), activity, cancellationToken);

    /// <summary>PUT v3/conversations/{conversationId}/activities/{activityId}: replaces an activity; <c>activity.Id</c> is set to <paramref name="activityId"/>.</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        activity.Id = activityId;
        return SendAsync(HttpMethod.Put, ActivitiesUri(conversationId, activityId), activity, cancellationToken);
    }

    /// <summary>DELETE v3/conversations/{conversationId}/activities/{activityId}.</summary>
    public async Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, ActivitiesUri(conversationId, activityId));
        using var response = await SendRequestAsync(request, cancellationToken);
    }

    internal Uri ActivitiesUri(string conversationId, string? activityId)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return new Uri(BaseUri, activityId is null ? path : $"{path}/{Uri.EscapeDataString(activityId)}");
    }

    private async Task<ResourceResponse> SendAsync(HttpMethod method, Uri uri, Activity activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = JsonContent.Create(activity, options: ProtocolJson.Options) };
        using var response = await SendRequestAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(body))
        {
            return new ResourceResponse(null);
        }

        try
        {
            return JsonSerializer.Deserialize<ResourceResponse>(body, ProtocolJson.Options) ?? new ResourceResponse(null);
        }
        catch (JsonException)
        {
            // The channel accepted the activity; an odd success body is no reason to fail the turn.
            return new ResourceResponse(null);
        }
    }

    private async Task<HttpResponseMessage> SendRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (_tokenProvider is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await _tokenProvider.GetTokenAsync(cancellationToken));
        }

        var response = await _httpClient.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new ConnectorException(request.Method, request.RequestUri!, response.StatusCode, TryReadError(body), body);
        }
    }

    private static ErrorResponse? TryReadError(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<ErrorResponse>(body, ProtocolJson.Options) is { Error: not null } error ? error : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
