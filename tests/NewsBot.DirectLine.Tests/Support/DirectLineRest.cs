using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.DirectLine.Tests.Support;

// Direct Line REST calls as a client makes them, answering status, headers and parsed body.
public sealed class DirectLineRest(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public Task<Reply> PostAsync(string path, string? bearer, object? body = null) =>
        SendAsync(HttpMethod.Post, path, bearer, body is null ? null : JsonSerializer.Serialize(body));

    public Task<Reply> PostRawAsync(string path, string? bearer, string body) => SendAsync(HttpMethod.Post, path, bearer, body);

    public Task<Reply> GetAsync(string path, string? bearer) => SendAsync(HttpMethod.Get, path, bearer, null);

    public async Task<Reply> SendAsync(HttpMethod method, string path, string? bearer, string? json)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Reply(response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Headers);
    }

    // A conversation started with the secret: its id, token and stream URL.
    public async Task<(string Id, string Token, string StreamUrl)> StartAsync(string? bearer = DirectLineHost.Secret)
    {
        var reply = await PostAsync("/v3/directline/conversations", bearer, new { user = new { id = "tester", name = "Tess" } });
        Assert.Equal(HttpStatusCode.Created, reply.Status);
        return (reply.String("conversationId"), reply.String("token"), reply.String("streamUrl"));
    }

    public void Dispose() => http.Dispose();
}

public sealed record Reply(HttpStatusCode Status, JsonNode? Body, HttpResponseHeaders Headers)
{
    public string String(string name) => Body?[name]?.GetValue<string>() ?? throw new InvalidOperationException($"No '{name}' in {Body?.ToJsonString()}");

    public string? ErrorCode => Body?["error"]?["code"]?.GetValue<string>();

    public JsonArray Activities => Body?["activities"]?.AsArray() ?? throw new InvalidOperationException($"No activities in {Body?.ToJsonString()}");
}
