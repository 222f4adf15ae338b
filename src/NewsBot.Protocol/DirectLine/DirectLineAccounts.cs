using NewsBot.Protocol.Schema;

namespace NewsBot.Protocol.DirectLine;

/// <summary>Who is who in a Direct Line conversation: the channel id the bot sees and the bot's own account.</summary>
internal sealed class DirectLineAccounts(DirectLineOptions options)
{
    public string ChannelId => Channels.Directline;

    public ChannelAccount Bot { get; } = new() { Id = options.BotId, Name = options.BotName, Role = RoleTypes.Bot };

    public static ChannelAccount User(string id, string? name) => new() { Id = id, Name = name, Role = RoleTypes.User };
}
