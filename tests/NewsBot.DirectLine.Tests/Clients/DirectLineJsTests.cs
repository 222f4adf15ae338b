using System.Text.Json.Nodes;
using NewsBot.DirectLine.Tests.Support;

namespace NewsBot.DirectLine.Tests.Clients;

// botframework-directlinejs, the client Web Chat is built on, talking to the real host over real sockets.
public sealed class DirectLineJsTests
{
    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task The_official_client_gets_cited_answers_reconnects_from_its_watermark_and_refreshes_its_token(string mode)
    {
        using var host = new DirectLineHost();

        var output = await NodeScript.RunAsync("directline.mjs", TimeSpan.FromMinutes(2), host.BaseAddress.AbsoluteUri.TrimEnd('/'), DirectLineHost.Secret, mode);

        var summary = JsonNode.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1])!;
        Assert.True(summary["ok"]!.GetValue<bool>());
        Assert.Equal(4, summary["answers"]!.AsArray().Count);
        Assert.All(summary["answers"]!.AsArray(), answer => Assert.NotEmpty(answer!["outlets"]!.AsArray()));
    }
}
