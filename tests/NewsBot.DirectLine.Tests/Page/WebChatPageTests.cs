using System.Net;
using NewsBot.DirectLine.Tests.Support;

namespace NewsBot.DirectLine.Tests.Page;

public sealed class WebChatPageTests
{
    [Fact]
    public async Task The_bot_serves_the_chat_page_and_the_Web_Chat_bundle_itself()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();

        using var page = await rest.Http.GetAsync("/");
        using var bundle = await rest.Http.GetAsync("/webchat/webchat.js");
        using var script = await rest.Http.GetAsync("/webchat/newsbot.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<script src=\"webchat/webchat.js\"></script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(bundle.StatusCode == HttpStatusCode.OK,
            "webchat.js is not served: the build did not install botframework-webchat (run .ci/install or npm ci in src/NewsBot/ClientApp, then build).");
        Assert.True((await bundle.Content.ReadAsByteArrayAsync()).Length > 1_000_000);
        Assert.Contains("createDirectLine", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
