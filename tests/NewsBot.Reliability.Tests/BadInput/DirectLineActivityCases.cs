using System.Text;
using NewsBot.Reliability.Tests.Support;

namespace NewsBot.Reliability.Tests.BadInput;

// Bad input to POST /v3/directline/conversations/{id}/activities.
internal static class DirectLineActivityCases
{
    private const string Secret = ReliabilityHost.DirectLineSecret;

    public static readonly IReadOnlyList<BadInputCase<DirectLineTarget>> Cases =
    [
        new("activity: invalid JSON", t => t.PostJson("{\"type\":\"message\",\"text\":"), Outcome.Refused, 400),
        new("activity: JSON followed by garbage", t => t.PostJson(t.Activity().ToJsonString() + "}}trailing"), Outcome.Refused, 400),
        new("activity: JSON null", t => t.PostJson("null"), Outcome.Refused, 400),
        new("activity: a JSON array", t => t.PostJson("[{\"type\":\"message\"}]"), Outcome.Refused, 400),
        new("activity: wrong content type and not JSON", t => t.Post(new StringContent("When are the talks?", Encoding.UTF8, "text/plain")), Outcome.Refused, 400),
        new("activity: empty body", t => t.PostJson(""), Outcome.Refused, 400),
        new("activity: whitespace body", t => t.PostJson(" \r\n "), Outcome.Refused, 400),
        new("activity: over the size limit, declared", t => t.PostJson(t.Activity(new string('x', 300 * 1024)).ToJsonString()), Outcome.Refused, 413),
        new("activity: over the size limit, chunked", t => t.Post(ChunkedContent.Json(t.Activity(new string('x', 300 * 1024)).ToJsonString())), Outcome.Refused, 413),
        new("activity: deeply nested JSON", t => t.PostJson(t.Activity().ToJsonString()[..^1] + ",\"channelData\":" + Hostile.Nested(5000) + "}"), Outcome.Refused, 400),
        new("activity: deeply nested arrays", t => t.PostJson(Hostile.NestedArrays(100_000)), Outcome.Refused, 400),
        new("activity: missing type", t => t.PostWith(a => a.Remove("type")), Outcome.Refused, 400),
        new("activity: missing from, sent with the secret", t => t.PostWith(a => a.Remove("from"), Secret), Outcome.Refused, 400),
        new("activity: a dl_ user id claimed with the secret", t => t.PostWith(a => a["from"]!["id"] = "dl_someone_else", Secret), Outcome.Refused, 400),
        new("activity: a number where from belongs", t => t.PostWith(a => a["from"] = 42), Outcome.Refused, 400),
        new("activity: a timestamp that is not a date", t => t.PostWith(a => a["timestamp"] = "the day after tomorrow"), Outcome.Refused, 400),
        new("activity: raw control characters inside a JSON string", t => t.PostJson(t.Activity("PLACEHOLDER").ToJsonString().Replace("PLACEHOLDER", "a\u0001b\u0000c", StringComparison.Ordinal)), Outcome.Refused, 400),
        new("activity: a lone surrogate escape", t => t.PostJson(t.Activity("PLACEHOLDER").ToJsonString().Replace("PLACEHOLDER", "talks \\ud800 ?", StringComparison.Ordinal)), Outcome.Refused, 400),
        new("activity: bytes that are not UTF-8", t => t.Post(DirectLineTarget.Bytes(Hostile.InvalidUtf8(t.Activity().ToJsonString()), "application/json")), Outcome.Refused, 400),
        new("activity: an unknown activity type", t => t.PostWith(a => a["type"] = "holographicProjection"), Outcome.Ignored),
        new("activity: naming another conversation in its body", t => t.PostWith(a =>
        {
            a["text"] = "When are the Geneva talks?";
            a["conversation"] = new System.Text.Json.Nodes.JsonObject { ["id"] = t.Other.Id };
        }), Outcome.Answered),
        new("activity: a message without text", t => t.PostWith(a => a.Remove("text")), Outcome.Answered),
        .. Hostile.Questions.Select(q => new BadInputCase<DirectLineTarget>("activity: " + q.Key, t => t.PostJson(t.Activity(q.Value).ToJsonString()), Outcome.Answered)),
    ];
}
