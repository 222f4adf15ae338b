using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsBot.Reliability.Tests.Support;

// A conversation as a client holds it: its id, its token, its stream URL and the user the token names.
internal sealed record DirectLineConversation(string Id, string Token, string StreamUrl, string UserId);

// The Direct Line REST calls the tests make, as a site's backend (with the secret) and its pages (with tokens) do.
internal sealed class DirectLineClient(HttpClient http)
{
    public const string AnswerType = "application/vnd.newsbot.answer+json";

    public HttpClient Http => http;

    // tokens/generate with the secret for a named user, then POST conversations with that token, as Web Chat starts.
    public async Task<DirectLineConversation> StartAsync(string? userId = null)
    {
        userId ??= "dl_" + Guid.NewGuid().ToString("N")[..12];
        using var generate = Request(HttpMethod.Post, "/v3/directline/tokens/generate", ReliabilityHost.DirectLineSecret);
        generate.Content = JsonContent.Create(new { user = new { id = userId, name = "Tester" } });
        var token = (await SendJsonAsync(generate, HttpStatusCode.OK)).GetProperty("token").GetString()!;

        using var start = Request(HttpMethod.Post, "/v3/directline/conversations", token);
        start.Content = JsonContent.Create(new { user = new { id = userId } });
        var started = await SendJsonAsync(start, HttpStatusCode.Created);
        return new DirectLineConversation(started.GetProperty("conversationId").GetString()!, token, started.GetProperty("streamUrl").GetString()!, userId);
    }

    // Posts a message and returns the id the server gave it; the bot's turn is over when this returns.
    public async Task<string> AskAsync(DirectLineConversation conversation, string text)
    {
        using var post = Request(HttpMethod.Post, $"/v3/directline/conversations/{conversation.Id}/activities", conversation.Token);
        post.Content = JsonContent.Create(new { type = "message", from = new { id = conversation.UserId }, text, locale = "en-US" });
        return (await SendJsonAsync(post, HttpStatusCode.OK)).GetProperty("id").GetString()!;
    }

    // Every activity after the watermark (paging on until the server has no more), and the last watermark.
    public async Task<(List<JsonElement> Activities, string? Watermark)> ReadAsync(DirectLineConversation conversation, string? watermark = "")
    {
        var activities = new List<JsonElement>();
        for (var page = 0; page < 1000; page++)
        {
            using var get = Request(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}/activities?watermark={watermark}", conversation.Token);
            var set = await SendJsonAsync(get, HttpStatusCode.OK);
            var batch = set.GetProperty("activities").EnumerateArray().ToList();
            watermark = set.TryGetProperty("watermark", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : watermark;
            if (batch.Count == 0)
            {
                return (activities, watermark);
            }

            activities.AddRange(batch);
        }

        throw new InvalidOperationException("More than 1000 pages of activities.");
    }

    // The bot's answer to the activity with this id: its reply carrying the answer object.
    public static JsonElement? AnswerTo(IEnumerable<JsonElement> activities, string activityId) =>
        activities.Cast<JsonElement?>().FirstOrDefault(a => a!.Value.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() == activityId
            && a.Value.TryGetProperty("valueType", out var type) && type.GetString() == AnswerType);

    public static HttpRequestMessage Request(HttpMethod method, string path, string? bearer)
    {
        var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return request;
    }

    private async Task<JsonElement> SendJsonAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new HttpRequestException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}, expected {(int)expected}: {text}", null, response.StatusCode);
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
