using System.Text.Json.Nodes;
using NewsBot.DirectLine.Tests.Support;
using Xunit.Abstractions;

namespace NewsBot.DirectLine.Tests.Clients;

// Many conversations held open on WebSockets at once, and the time from POST to the answer on the socket.
public sealed class LoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_hundred_open_conversations_stay_online_while_three_hundred_seed_questions_are_answered()
    {
        using var host = new DirectLineHost(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Error" });
        var questions = Path.Combine(Repository.Root, "tests", "NewsBot.Coverage.Tests", "Data", "questions.dev.json");

        var text = await NodeScript.RunAsync("load.mjs", TimeSpan.FromMinutes(4), host.BaseAddress.AbsoluteUri.TrimEnd('/'), DirectLineHost.Secret, questions, "200", "300");

        var result = JsonNode.Parse(text.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1])!;
        output.WriteLine(result.ToJsonString());
        Assert.Equal(200, result["openConversations"]!.GetValue<int>());
        Assert.Equal(300, result["questions"]!.GetValue<int>());
        Assert.True(result["answered"]!.GetValue<int>() >= 150, result.ToJsonString());
        Assert.True(result["p95Ms"]!.GetValue<double>() < 2000, result.ToJsonString());
    }
}
