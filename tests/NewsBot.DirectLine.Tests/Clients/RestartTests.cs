using NewsBot.DirectLine.Tests.Support;

namespace NewsBot.DirectLine.Tests.Clients;

// The host process stopped and started again on the same SQLite files, with the official client resuming.
public sealed class RestartTests
{
    [Fact]
    public async Task After_a_restart_the_client_resumes_from_its_watermark_with_no_gap_and_no_duplicate()
    {
        using var folder = new TempFolder();
        var port = BotProcess.FreePort();
        // No secret: tokens are signed with the key kept in directline.db, which must outlive the process too.
        var settings = new Dictionary<string, string>
        {
            ["Coverage:DatabasePath"] = folder.File("coverage.db"),
            ["Conversation:DatabasePath"] = folder.File("conversations.db"),
            ["DirectLine:DatabasePath"] = folder.File("directline.db"),
            ["DirectLine:Secret"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var state = folder.File("client.json");
        var baseUrl = $"http://127.0.0.1:{port}";

        await using (var before = await BotProcess.StartAsync(port, settings))
        {
            await NodeScript.RunAsync("restart.mjs", TimeSpan.FromMinutes(1), "phase1", baseUrl, state);
        }

        await using var after = await BotProcess.StartAsync(port, settings);
        var output = await NodeScript.RunAsync("restart.mjs", TimeSpan.FromMinutes(1), "phase2", baseUrl, state);

        Assert.Contains("\"ok\":true", output, StringComparison.Ordinal);
    }
}
