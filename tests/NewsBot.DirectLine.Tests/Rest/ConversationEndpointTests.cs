using System.Net;
using NewsBot.DirectLine.Tests.Support;
using NewsBot.Protocol.Schema;

namespace NewsBot.DirectLine.Tests.Rest;

public sealed class ConversationEndpointTests
{
    [Fact]
    public async Task Starting_with_the_secret_answers_201_with_a_token_and_an_absolute_stream_url_on_the_host_the_client_reached()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();

        var reply = await rest.PostAsync("/v3/directline/conversations", DirectLineHost.Secret);

        Assert.Equal(HttpStatusCode.Created, reply.Status);
        var id = reply.String("conversationId");
        Assert.StartsWith($"ws://127.0.0.1:{host.BaseAddress.Port}/v3/directline/conversations/{id}/stream?watermark=0&t=", reply.String("streamUrl"));
        Assert.Equal(1800, reply.Body!["expires_in"]!.GetValue<int>());
        Assert.NotEmpty(reply.String("token"));
    }

    [Fact]
    public async Task Starting_twice_with_one_token_answers_201_then_200_and_the_bot_hears_one_conversationUpdate_with_user_and_bot()
    {
        using var host = new DirectLineHost(record: true);
        using var rest = host.Rest();
        var generated = await rest.PostAsync("/v3/directline/tokens/generate", DirectLineHost.Secret, new { user = new { id = "dl_reader", name = "Reader" } });
        var token = generated.String("token");

        var first = await rest.PostAsync("/v3/directline/conversations", token, new { user = new { } });
        var second = await rest.PostAsync("/v3/directline/conversations", token, new { user = new { } });

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(generated.String("conversationId"), first.String("conversationId"));
        Assert.Equal(first.String("conversationId"), second.String("conversationId"));
        var update = Assert.Single(host.Recorder!.Received, activity => activity.Type == ActivityTypes.ConversationUpdate);
        Assert.Equal(["dl_reader", "newsbot"], update.MembersAdded!.Select(member => member.Id));
        Assert.Equal("directline", update.ChannelId);
        Assert.Equal(host.BaseAddress.AbsoluteUri, update.ServiceUrl);
        var transcript = await rest.GetAsync($"/v3/directline/conversations/{first.String("conversationId")}/activities", token);
        var welcome = Assert.Single(transcript.Activities);
        Assert.Equal("bot", welcome!["from"]!["role"]!.GetValue<string>());
        Assert.DoesNotContain(transcript.Activities, activity => activity!["type"]!.GetValue<string>() == "conversationUpdate");
    }

    [Fact]
    public async Task Reconnecting_gives_a_new_stream_url_from_the_watermark_or_from_now_when_none_is_given()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();
        var (id, token, _) = await rest.StartAsync();

        var fromTwo = await rest.GetAsync($"/v3/directline/conversations/{id}?watermark=0", token);
        var fromNow = await rest.GetAsync($"/v3/directline/conversations/{id}", token);

        Assert.Equal(HttpStatusCode.OK, fromTwo.Status);
        Assert.Contains($"/v3/directline/conversations/{id}/stream?watermark=0&t=", fromTwo.String("streamUrl"));
        Assert.Contains($"/stream?watermark=1&t=", fromNow.String("streamUrl"));
        Assert.NotEmpty(fromNow.String("token"));
    }

    [Fact]
    public async Task Reconnecting_to_an_unknown_conversation_is_404_and_to_another_conversation_403()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();
        var (_, token, _) = await rest.StartAsync();
        var (otherId, _, _) = await rest.StartAsync();

        var unknown = await rest.GetAsync("/v3/directline/conversations/NoSuchConversation", DirectLineHost.Secret);
        var foreign = await rest.GetAsync($"/v3/directline/conversations/{otherId}", token);

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("NotFound", unknown.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreign.Status);
        Assert.Equal("Forbidden", foreign.ErrorCode);
    }

    [Fact]
    public async Task A_malformed_start_body_is_400_and_starts_nothing()
    {
        using var host = new DirectLineHost(record: true);
        using var rest = host.Rest();

        var reply = await rest.PostRawAsync("/v3/directline/conversations", DirectLineHost.Secret, "{\"user\":");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("BadArgument", reply.ErrorCode);
        Assert.Empty(host.Recorder!.Received);
    }
}
