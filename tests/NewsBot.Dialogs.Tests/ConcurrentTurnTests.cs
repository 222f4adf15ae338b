using NewsBot.Dialogs.Tests.Support;
using NewsBot.Protocol.Schema;

namespace NewsBot.Dialogs.Tests;

public sealed class ConcurrentTurnTests(SeedCoverage seeds) : IClassFixture<SeedCoverage>
{
    [Fact]
    public async Task Simultaneous_join_and_install_events_welcome_once()
    {
        using var bot = new BotUnderTest(seeds.Coverage);
        var teams = new Inbound(Channels.Msteams, "a:personal");
        await AtOnce(bot, teams.Install("add"), teams.Join(Inbound.Bot, Inbound.User), teams.Install("add"));

        Assert.Single(bot.Adapter.Sent, a => a.Text?.StartsWith("Hi, I'm NewsBot", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Two_simultaneous_mores_show_different_claims()
    {
        using var bot = new BotUnderTest(seeds.Coverage);
        var chat = new Inbound(Channels.Emulator, "more-race");
        await bot.SendAsync(chat.Message("When are the Geneva talks?"));

        var replies = await AtOnce(bot, chat.Message("more"), chat.Message("more"));

        var pages = replies.Select(r => Assert.Single(r).Value!.Value.GetProperty("claims").EnumerateArray()
            .Select(c => c.GetProperty("sentence").GetString()).ToList()).ToList();
        Assert.All(pages, page => Assert.NotEmpty(page));
        Assert.Empty(pages[0].Intersect(pages[1]));
    }

    [Fact]
    public async Task Resetting_a_conversation_forgets_its_answer_but_not_its_welcome()
    {
        using var bot = new BotUnderTest(seeds.Coverage);
        var chat = new Inbound(Channels.Emulator, "reset");
        await bot.SendAsync(chat.Join(Inbound.User));
        var question = chat.Message("When are the Geneva talks?");
        await bot.SendAsync(question);

        await bot.Handler.ResetConversationAsync(new NewsBot.Protocol.Turns.TurnContext(bot.Adapter, question), default);

        Assert.Contains("I haven't answered a question yet", Assert.Single(await bot.SendAsync(chat.Message("who said that?"))).Text, StringComparison.Ordinal);
        Assert.Empty(await bot.SendAsync(chat.Join(Inbound.User)));
    }

    // Each turn on a thread of its own, started together.
    private static async Task<IReadOnlyList<Activity>[]> AtOnce(BotUnderTest bot, params Activity[] activities)
    {
        using var start = new ManualResetEventSlim();
        var turns = activities.Select(activity => Task.Factory.StartNew(() =>
        {
            start.Wait();
            return bot.SendAsync(activity).GetAwaiter().GetResult();
        }, TaskCreationOptions.LongRunning)).ToList();
        start.Set();
        return await Task.WhenAll(turns);
    }
}
