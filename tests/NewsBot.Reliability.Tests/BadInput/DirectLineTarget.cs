using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Reliability.Tests.Support;

namespace NewsBot.Reliability.Tests.BadInput;

// Where a Direct Line case is sent: a started conversation (and another one that must stay untouched).
internal sealed record DirectLineTarget(DirectLineConversation Conversation, DirectLineConversation Other)
{
    public string ActivitiesPath => $"/v3/directline/conversations/{Conversation.Id}/activities";

    public JsonObject Activity(string? text = "hello") => new()
    {
        ["type"] = "message",
        ["from"] = new JsonObject { ["id"] = Conversation.UserId },
        ["text"] = text,
        ["locale"] = "en-US",
    };

    public static HttpRequestMessage Send(HttpMethod method, string path, string? bearer, HttpContent? content = null)
    {
        var request = DirectLineClient.Request(method, path, bearer);
        request.Content = content;
        return request;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public HttpRequestMessage Post(HttpContent content, string? bearer = null) => Send(HttpMethod.Post, ActivitiesPath, bearer ?? Conversation.Token, content);

    public HttpRequestMessage PostJson(string json, string? bearer = null) => Post(Json(json), bearer);

    public HttpRequestMessage PostWith(Action<JsonObject> change, string? bearer = null)
    {
        var activity = Activity();
        change(activity);
        return PostJson(activity.ToJsonString(), bearer);
    }

    public HttpRequestMessage Get(string path, string? bearer = null) => Send(HttpMethod.Get, path, bearer ?? Conversation.Token);

    // The stream URL's own token (its t parameter).
    public string StreamToken => System.Web.HttpUtility.ParseQueryString(new Uri(Conversation.StreamUrl).Query)["t"]!;

    public static ByteArrayContent Bytes(byte[] bytes, string contentType) => new(bytes) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } };
}
