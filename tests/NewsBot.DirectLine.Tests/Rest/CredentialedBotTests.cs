using System.Net;
using NewsBot.DirectLine.Tests.Support;

namespace NewsBot.DirectLine.Tests.Rest;

// A bot with a MicrosoftAppId still answers through its own Direct Line: those turns run in-process, so no channel
// token is demanded of them and no bot token is fetched to reply (which would need Microsoft's login servers).
public sealed class CredentialedBotTests
{
    [Fact]
    public async Task A_bot_with_an_app_id_answers_Direct_Line_without_tokens_while_api_messages_still_demands_one()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "0b5f5a6e-0000-4000-8000-00000000b0b0",
            ["MicrosoftAppPassword"] = "not-used-by-direct-line",
            ["MicrosoftAppType"] = "MultiTenant",
        });
        using var rest = host.Rest();
        var (id, token, _) = await rest.StartAsync();

        var posted = await rest.PostAsync($"/v3/directline/conversations/{id}/activities", token,
            new { type = "message", text = "Who will lead the US delegation?", from = new { id = "tester" } });
        var transcript = await rest.GetAsync($"/v3/directline/conversations/{id}/activities?watermark=1", token);
        var anonymous = await rest.PostAsync("/api/messages", null,
            new { type = "message", text = "hi", channelId = "directline", serviceUrl = host.BaseAddress.AbsoluteUri, conversation = new { id }, from = new { id = "x" } });

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Contains(transcript.Activities, activity => activity!["valueType"]?.GetValue<string>() == "application/vnd.newsbot.answer+json");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
    }
}
