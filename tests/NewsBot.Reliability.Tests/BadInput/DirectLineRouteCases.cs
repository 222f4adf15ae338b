using NewsBot.Reliability.Tests.Support;

namespace NewsBot.Reliability.Tests.BadInput;

// Bad input to the other Direct Line routes: tokens, starting and reconnecting, reading, the stream, the page's token.
internal static class DirectLineRouteCases
{
    private const string Secret = ReliabilityHost.DirectLineSecret;
    private const string Generate = "/v3/directline/tokens/generate";
    private const string Refresh = "/v3/directline/tokens/refresh";
    private const string Start = "/v3/directline/conversations";

    private static readonly HttpMethod Post = HttpMethod.Post;

    public static readonly IReadOnlyList<BadInputCase<DirectLineTarget>> Cases =
    [
        new("generate: invalid JSON", _ => DirectLineTarget.Send(Post, Generate, Secret, DirectLineTarget.Json("{\"user\":")), Outcome.Refused, 400),
        new("generate: deeply nested JSON", _ => DirectLineTarget.Send(Post, Generate, Secret, DirectLineTarget.Json(Hostile.Nested(5000))), Outcome.Refused, 400),
        new("generate: over the size limit", _ => DirectLineTarget.Send(Post, Generate, Secret, DirectLineTarget.Json($"{{\"user\":{{\"id\":\"{new string('u', 300 * 1024)}\"}}}}")), Outcome.Refused, 413),
        new("generate: a token instead of the secret", t => DirectLineTarget.Send(Post, Generate, t.Conversation.Token), Outcome.Refused, 403),
        new("generate: no Authorization header", _ => DirectLineTarget.Send(Post, Generate, null), Outcome.Refused, 401),
        new("generate: Basic instead of Bearer", _ => new HttpRequestMessage(Post, Generate) { Headers = { { "Authorization", "Basic " + Secret } } }, Outcome.Refused, 401),
        new("refresh: a garbage token", _ => DirectLineTarget.Send(Post, Refresh, "not.a.token"), Outcome.Refused, 403),
        new("refresh: the secret", _ => DirectLineTarget.Send(Post, Refresh, Secret), Outcome.Refused, 403),
        new("refresh: the stream URL's token", t => DirectLineTarget.Send(Post, Refresh, t.StreamToken), Outcome.Refused, 403),
        new("start: invalid JSON", _ => DirectLineTarget.Send(Post, Start, Secret, DirectLineTarget.Json("{\"user\":{")), Outcome.Refused, 400),
        new("start: deeply nested JSON", _ => DirectLineTarget.Send(Post, Start, Secret, DirectLineTarget.Json(Hostile.Nested(5000))), Outcome.Refused, 400),
        new("start: over the size limit, chunked", _ => DirectLineTarget.Send(Post, Start, Secret, ChunkedContent.Json($"{{\"locale\":\"{new string('l', 300 * 1024)}\"}}")), Outcome.Refused, 413),
        new("start: wrong content type with a JSON body", _ => DirectLineTarget.Send(Post, Start, Secret, new StringContent("{\"user\":{\"id\":\"u1\"}}")), Outcome.Answered, 201),
        new("start: a user id with control characters and RTL", _ => DirectLineTarget.Send(Post, Start, Secret, DirectLineTarget.Json("{\"user\":{\"id\":\"u\\u0000\\u202e1\"}}")), Outcome.Answered, 201),
        new("reconnect: a watermark that is not a number", t => t.Get($"{Start}/{t.Conversation.Id}?watermark=abc"), Outcome.Refused, 400),
        new("reconnect: a negative watermark", t => t.Get($"{Start}/{t.Conversation.Id}?watermark=-1"), Outcome.Refused, 400),
        new("reconnect: a watermark past the largest number", t => t.Get($"{Start}/{t.Conversation.Id}?watermark=99999999999999999999999"), Outcome.Refused, 400),
        new("reconnect: an unknown conversation", _ => DirectLineTarget.Send(HttpMethod.Get, $"{Start}/nosuchconversation", Secret), Outcome.Refused, 404),
        new("reconnect: another conversation's token", t => t.Get($"{Start}/{t.Other.Id}"), Outcome.Refused, 403),
        new("reconnect: a 6,000-character conversation id", _ => DirectLineTarget.Send(HttpMethod.Get, $"{Start}/{new string('c', 6_000)}", Secret), Outcome.Refused, 404),
        new("reconnect: a conversation id of path syntax", _ => DirectLineTarget.Send(HttpMethod.Get, $"{Start}/..%2F..%2Fetc%2Fpasswd", Secret), Outcome.Refused, 404),
        new("activities: a watermark that is not a number", t => t.Get($"{t.ActivitiesPath}?watermark=1;DROP TABLE activities"), Outcome.Refused, 400),
        new("activities: a watermark past the end", t => t.Get($"{t.ActivitiesPath}?watermark=9999999"), Outcome.Answered),
        new("activities: an unknown conversation", _ => DirectLineTarget.Send(HttpMethod.Get, $"{Start}/nosuchconversation/activities", Secret), Outcome.Refused, 404),
        new("activities: another conversation's token", t => t.Get($"{Start}/{t.Other.Id}/activities"), Outcome.Refused, 403),
        new("stream: a plain GET, not a WebSocket", t => DirectLineTarget.Send(HttpMethod.Get, new Uri(t.Conversation.StreamUrl).PathAndQuery, null), Outcome.Refused, 400),
        new("stream: no t parameter", t => DirectLineTarget.Send(HttpMethod.Get, $"{Start}/{t.Conversation.Id}/stream", null), Outcome.Refused, 401),
        new("stream: a forged t parameter", t => DirectLineTarget.Send(HttpMethod.Get, $"{Start}/{t.Conversation.Id}/stream?t=eyJhbGciOiJub25lIn0.eyJjb252IjoieCJ9.", null), Outcome.Refused, 403),
        new("stream: the conversation token as t", t => DirectLineTarget.Send(HttpMethod.Get, $"{Start}/{t.Conversation.Id}/stream?t={t.Conversation.Token}", null), Outcome.Refused, 403),
        new("stream: another conversation's stream token", t => DirectLineTarget.Send(HttpMethod.Get, $"{Start}/{t.Other.Id}/stream?t={t.StreamToken}", null), Outcome.Refused, 403),
        new("an unknown Direct Line route", _ => DirectLineTarget.Send(HttpMethod.Get, "/v3/directline/session/whatever", Secret), Outcome.Refused, 404),
        new("PUT on activities", t => DirectLineTarget.Send(HttpMethod.Put, t.ActivitiesPath, t.Conversation.Token, DirectLineTarget.Json("{}")), Outcome.Refused, 404),
        new("page token: a garbage body", _ => DirectLineTarget.Send(Post, "/api/directline/token", null, DirectLineTarget.Json("{{{{")), Outcome.Answered),
        new("page token: over the size limit", _ => DirectLineTarget.Send(Post, "/api/directline/token", null, DirectLineTarget.Json(new string(' ', 300 * 1024))), Outcome.Refused, 413),
    ];
}
