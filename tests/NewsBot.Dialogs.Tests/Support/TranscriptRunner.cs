using System.Globalization;
using NewsBot.Protocol.Schema;

namespace NewsBot.Dialogs.Tests.Support;

// Plays a transcript's inbound lines into the bot and checks each turn's replies against its bot lines.
public sealed class TranscriptRunner(BotUnderTest bot)
{
    public async Task RunAsync(Transcript transcript)
    {
        var inbound = new Inbound(Channels.Emulator, Path.GetFileNameWithoutExtension(transcript.Name));
        foreach (var step in transcript.Steps)
        {
            var where = $"{transcript.Name}:{step.Line} ({step.Verb}: {step.Argument})";
            switch (step.Verb)
            {
                case "channel":
                    inbound = inbound with { ChannelId = step.Argument };
                    continue;
                case "conversation":
                    inbound = inbound with { ConversationId = step.Argument };
                    continue;
                case "group":
                    inbound = inbound with { IsGroup = bool.Parse(step.Argument) };
                    continue;
                case "clock":
                    bot.Clock.Advance(Duration(step.Argument));
                    continue;
                case "restart":
                    bot.Restart();
                    continue;
            }

            var sent = await bot.SendAsync(Activity(inbound, step, where));
            var turn = new TurnReplies(where, sent);
            if (inbound.ChannelId == Channels.Msteams)
            {
                turn.CheckTeamsRules();
            }

            foreach (var expectation in step.Expectations)
            {
                turn.Check(expectation);
            }
        }
    }

    private static Activity Activity(Inbound inbound, TranscriptStep step, string where) => step.Verb switch
    {
        "user" => inbound.Message(step.Argument),
        "mention" => inbound.Mention(step.Argument),
        "submit" => inbound.Submit(step.Argument),
        "attachment" => inbound.AttachmentOnly(),
        "join" => inbound.Join([.. step.Argument.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Member)]),
        "install" => inbound.Install(step.Argument),
        "event" => inbound.Event(step.Argument),
        "react" => inbound.Reaction(step.Argument),
        _ => throw new FormatException($"{where}: unknown line kind '{step.Verb}'."),
    };

    private static ChannelAccount Member(string who) => who switch
    {
        "user" => Inbound.User,
        "bot" => Inbound.Bot,
        _ => new ChannelAccount { Id = "29:" + who, Name = who },
    };

    private static TimeSpan Duration(string text)
    {
        var amount = int.Parse(text.TrimStart('+')[..^1], CultureInfo.InvariantCulture);
        return text[^1] switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => throw new FormatException($"'{text}' is not a duration like +31m."),
        };
    }
}
