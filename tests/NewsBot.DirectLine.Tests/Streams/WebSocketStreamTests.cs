using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using NewsBot.DirectLine.Tests.Support;

namespace NewsBot.DirectLine.Tests.Streams;

public sealed class WebSocketStreamTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static object Question(string text) =>
        new { type = "message", text, from = new { id = "tester", role = "user" }, channelData = new { clientActivityID = "c-" + text.Length } };

    private static bool HasAnswer(List<JsonNode> activities) =>
        activities.Exists(activity => activity["valueType"]?.GetValue<string>() == "application/vnd.newsbot.answer+json");

    [Fact]
    public async Task The_stream_replays_the_welcome_then_carries_echo_typing_and_answer_in_watermark_order()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();
        var (id, token, streamUrl) = await rest.StartAsync();
        await using var stream = await StreamClient.ConnectAsync(streamUrl);

        var welcome = await stream.ReceiveUntilAsync(activities => activities.Count >= 1, Wait);
        await rest.PostAsync($"/v3/directline/conversations/{id}/activities", token, Question("How many troops are at the border?"));
        var turn = await stream.ReceiveUntilAsync(HasAnswer, Wait);

        Assert.Equal($"{id}|0000001", welcome[0]["id"]!.GetValue<string>());
        Assert.Equal(["message", "typing", "message"], turn.Take(3).Select(activity => activity["type"]!.GetValue<string>()));
        Assert.Equal("user", turn[0]["from"]!["role"]!.GetValue<string>());
        var sequence = turn.Select(activity => long.Parse(activity["id"]!.GetValue<string>().Split('|')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(sequence.Order(), sequence);
        var stored = await rest.GetAsync($"/v3/directline/conversations/{id}/activities?watermark=1", token);
        Assert.DoesNotContain(stored.Activities, activity => activity!["type"]!.GetValue<string>() == "typing");
    }

    [Fact]
    public async Task A_reconnect_replays_strictly_after_its_watermark()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();
        var (id, token, _) = await rest.StartAsync();
        await rest.PostAsync($"/v3/directline/conversations/{id}/activities", token, Question("help"));
        var all = (await rest.GetAsync($"/v3/directline/conversations/{id}/activities", token)).Activities;
        var watermark = all[1]!["id"]!.GetValue<string>().Split('|')[1].TrimStart('0');

        var reconnect = await rest.GetAsync($"/v3/directline/conversations/{id}?watermark={watermark}", token);
        await using var stream = await StreamClient.ConnectAsync(reconnect.String("streamUrl"));
        var replayed = await stream.ReceiveUntilAsync(activities => activities.Count >= all.Count - 2, Wait);

        Assert.Equal(all.Skip(2).Select(activity => activity!["id"]!.GetValue<string>()), replayed.Select(activity => activity["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_idle_stream_gets_empty_keep_alive_frames_and_frames_from_the_client_are_ignored()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["DirectLine:KeepAliveInterval"] = "00:00:00.200" });
        using var rest = host.Rest();
        var (id, token, streamUrl) = await rest.StartAsync();
        await using var stream = await StreamClient.ConnectAsync(streamUrl);
        await stream.ReceiveUntilAsync(activities => activities.Count >= 1, Wait);

        await stream.SendTextAsync(string.Empty);
        await stream.SendTextAsync("""{"type":"message","text":"sent over the socket","from":{"id":"tester"}}""");
        var frame = await stream.ReceiveTextAsync(Wait);
        var transcript = await rest.GetAsync($"/v3/directline/conversations/{id}/activities", token);

        Assert.Equal(string.Empty, frame);
        Assert.Single(transcript.Activities);
    }

    [Fact]
    public async Task A_stream_url_must_be_opened_within_its_lifetime_for_its_own_conversation_as_a_WebSocket()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new DirectLineHost(clock: clock);
        using var rest = host.Rest();
        var (id, _, streamUrl) = await rest.StartAsync();
        var (otherId, _, _) = await rest.StartAsync();
        var plainGet = await rest.GetAsync(new Uri(streamUrl.Replace("ws://", "http://", StringComparison.Ordinal)).PathAndQuery, null);

        var foreign = await StreamClient.RefusalAsync(streamUrl.Replace($"/conversations/{id}/", $"/conversations/{otherId}/", StringComparison.Ordinal));
        var noToken = await StreamClient.RefusalAsync(streamUrl[..streamUrl.IndexOf("&t=", StringComparison.Ordinal)]);
        clock.Advance(TimeSpan.FromSeconds(61));
        var late = await StreamClient.RefusalAsync(streamUrl);

        Assert.Equal(400, (int)plainGet.Status);
        Assert.Equal(403, foreign);
        Assert.Equal(401, noToken);
        Assert.Equal(403, late);
    }
}
