using System.Text.Json.Nodes;
using NewsBot.DirectLine.Tests.Support;

namespace NewsBot.DirectLine.Tests.Clients;

// The page at / with the official Web Chat widget, in headless Chromium: what a person sees.
public sealed class WebChatBrowserTests
{
    [Fact]
    public async Task A_question_typed_into_the_send_box_gets_a_cited_answer_with_source_card_and_follow_ups_without_a_send_failure()
    {
        NodeScript.RequireChromium();
        using var host = new DirectLineHost();
        var screenshot = Path.Combine(Repository.Artifacts, "webchat-answer.png");
        File.Delete(screenshot);

        var output = await NodeScript.RunAsync("webchat.mjs", TimeSpan.FromMinutes(2), host.BaseAddress.AbsoluteUri.TrimEnd('/'), screenshot);

        var summary = JsonNode.Parse(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1])!;
        Assert.True(summary["ok"]!.GetValue<bool>(), output);
        Assert.Contains("January 10", summary["answer"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEmpty(summary["citations"]!.AsArray());
        Assert.True(summary["sourceCards"]!.GetValue<int>() > 0, output);
        Assert.NotEmpty(summary["suggested"]!.AsArray());
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is missing or empty");
    }
}
