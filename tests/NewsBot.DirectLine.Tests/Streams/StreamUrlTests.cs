using Microsoft.Extensions.DependencyInjection;
using NewsBot.DirectLine.Tests.Support;
using NewsBot.Protocol.DirectLine;
using NewsBot.Protocol.Hosting;
using NewsBot.Protocol.Turns;

namespace NewsBot.DirectLine.Tests.Streams;

public sealed class StreamUrlTests
{
    [Theory]
    [InlineData("https://bot.example.com", "wss://bot.example.com/v3/directline/conversations/")]
    [InlineData("https://bot.example.com:8443/chat", "wss://bot.example.com:8443/chat/v3/directline/conversations/")]
    [InlineData("http://localhost:3978", "ws://localhost:3978/v3/directline/conversations/")]
    public async Task The_stream_url_is_an_absolute_WebSocket_url_on_the_host_and_path_base_the_client_used(string origin, string expected)
    {
        using var folder = new TempFolder();
        var services = new ServiceCollection().AddLogging();
        services.AddDirectLineServer().Configure(options => (options.DatabasePath, options.Secret) = (folder.File("directline.db"), DirectLineHost.Secret));
        using var provider = services.BuildServiceProvider();
        var server = provider.GetRequiredService<DirectLineServer>();

        var response = await server.StartConversationAsync(
            new DirectLineRequest("Bearer " + DirectLineHost.Secret, new Uri(origin), "192.0.2.1"), Stream.Null, new ActivityHandler(), CancellationToken.None);

        Assert.Equal(201, response.StatusCode);
        var streamUrl = System.Text.Json.Nodes.JsonNode.Parse(response.Body!)!["streamUrl"]!.GetValue<string>();
        Assert.StartsWith(expected, streamUrl, StringComparison.Ordinal);
    }
}
