using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Protocol.Schema;
using NewsBot.Reliability.Tests.Support;

namespace NewsBot.Reliability.Tests.BadInput;

// Where a /api/messages case is sent: a fresh conversation replying to the test channel, with a valid channel token.
internal sealed record BotTarget(string ServiceUrl, string Conversation, string Token)
{
    public JsonObject Activity(string? text = "hello") =>
        JsonSerializer.SerializeToNode(Activities.Message(ServiceUrl, Conversation, text), ProtocolJson.Options)!.AsObject();

    public HttpRequestMessage Post(HttpContent content) => new(HttpMethod.Post, "/api/messages")
    {
        Content = content,
        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", Token) },
    };

    public HttpRequestMessage PostJson(string json) => Post(new StringContent(json, Encoding.UTF8, "application/json"));

    public HttpRequestMessage Without(string property)
    {
        var activity = Activity();
        activity.Remove(property);
        return PostJson(activity.ToJsonString());
    }

    public HttpRequestMessage With(string property, JsonNode? value)
    {
        var activity = Activity();
        activity[property] = value;
        return PostJson(activity.ToJsonString());
    }
}

internal static class BotMessagesCatalogue
{
    public static readonly IReadOnlyList<BadInputCase<BotTarget>> Cases =
    [
        new("invalid JSON", t => t.PostJson("{\"type\":\"message\",\"text\":"), Outcome.Refused, 400),
        new("JSON followed by garbage", t => t.PostJson(t.Activity().ToJsonString() + "}}trailing"), Outcome.Refused, 400),
        new("JSON null", t => t.PostJson("null"), Outcome.Refused, 400),
        new("a JSON string instead of an object", t => t.PostJson("\"message\""), Outcome.Refused, 400),
        new("wrong content type (text/plain)", t => t.Post(new StringContent(t.Activity().ToJsonString(), Encoding.UTF8, "text/plain")), Outcome.Refused, 415),
        new("wrong content type (form)", t => t.Post(new FormUrlEncodedContent([new("type", "message")])), Outcome.Refused, 415),
        new("no content type", t => t.Post(new ByteArrayContent(Encoding.UTF8.GetBytes(t.Activity().ToJsonString()))), Outcome.Refused, 415),
        new("empty body", t => t.PostJson(""), Outcome.Refused, 400),
        new("whitespace body", t => t.PostJson(" \r\n\t "), Outcome.Refused, 400),
        new("over the size limit, declared", t => t.PostJson(t.Activity(new string('x', 2 * 1024 * 1024)).ToJsonString()), Outcome.Refused, 413),
        new("over the size limit, chunked", t => t.Post(ChunkedContent.Json(t.Activity(new string('x', 2 * 1024 * 1024)).ToJsonString())), Outcome.Refused, 413),
        new("deeply nested JSON", t => t.PostJson(t.Activity().ToJsonString()[..^1] + ",\"channelData\":" + Hostile.Nested(5000) + "}"), Outcome.Refused, 400),
        new("deeply nested arrays", t => t.PostJson(Hostile.NestedArrays(100_000)), Outcome.Refused, 400),
        new("missing type", t => t.Without("type"), Outcome.Refused, 400),
        new("missing conversation", t => t.Without("conversation"), Outcome.Refused, 400),
        new("missing from", t => t.Without("from"), Outcome.Refused, 400),
        new("missing serviceUrl", t => t.Without("serviceUrl"), Outcome.Refused, 400),
        new("a serviceUrl that is not http", t => t.With("serviceUrl", "file:///etc/passwd"), Outcome.Refused, 400),
        new("a number where the conversation belongs", t => t.With("conversation", 42), Outcome.Refused, 400),
        new("a timestamp that is not a date", t => t.With("timestamp", "yesterday at noon"), Outcome.Refused, 400),
        new("raw control characters inside a JSON string", t => t.PostJson(t.Activity("PLACEHOLDER").ToJsonString().Replace("PLACEHOLDER", "a\u0001b\u0000c", StringComparison.Ordinal)), Outcome.Refused, 400),
        new("a lone surrogate escape", t => t.PostJson(t.Activity("PLACEHOLDER").ToJsonString().Replace("PLACEHOLDER", "talks \\ud800 ?", StringComparison.Ordinal)), Outcome.Refused, 400),
        new("bytes that are not UTF-8", t => t.Post(new ByteArrayContent(Hostile.InvalidUtf8(t.Activity().ToJsonString())) { Headers = { ContentType = new("application/json") } }), Outcome.Refused, 400),
        new("an unknown activity type", t => t.With("type", "holographicProjection"), Outcome.Ignored),
        new("an invoke nobody handles", t => t.With("type", "invoke"), Outcome.Refused, 501),
        new("a message without text", t => t.Without("text"), Outcome.Answered),
        .. Hostile.Questions.Select(q => new BadInputCase<BotTarget>(q.Key, t => t.PostJson(t.Activity(q.Value).ToJsonString()), Outcome.Answered)),
    ];
}
