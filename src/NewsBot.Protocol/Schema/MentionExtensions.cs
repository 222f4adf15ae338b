namespace NewsBot.Protocol.Schema;

/// <summary>Reading and removing <c>mention</c> entities.</summary>
public static class MentionExtensions
{
    /// <summary>The mention entities of the activity.</summary>
    public static IEnumerable<Mention> GetMentions(this Activity activity) =>
        (activity.Entities ?? [])
            .Where(IsMention)
            .Select(entity => entity.GetAs<Mention>())
            .OfType<Mention>();

    /// <summary>
    /// Removes the bot's own mention (Teams: <c>&lt;at&gt;NewsBot&lt;/at&gt;</c>) from <c>activity.Text</c>, trims spaces,
    /// CR and LF, and drops those mention entities so the text and entities stay consistent. Mentions of other people
    /// are kept. Matches on <c>mentioned.id == recipient.id</c>; when the entity has no text, removes
    /// <c>&lt;at&gt;name&lt;/at&gt;</c> ignoring case. Returns the new text.
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        if (activity.Text is null)
        {
            return null;
        }

        var text = activity.Text;
        var botId = activity.Recipient?.Id;
        if (!string.IsNullOrEmpty(botId) && activity.Entities is { Count: > 0 } entities)
        {
            var kept = new List<Entity>(entities.Count);
            foreach (var entity in entities)
            {
                var mentionText = IsMention(entity) ? BotMentionText(entity.GetAs<Mention>(), botId) : null;
                if (mentionText is null)
                {
                    kept.Add(entity);
                    continue;
                }

                text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
            }

            activity.Entities = kept.Count > 0 ? kept : null;
        }

        activity.Text = text.Trim();
        return activity.Text;
    }

    private static string? BotMentionText(Mention? mention, string botId)
    {
        if (mention?.Mentioned is not { } mentioned || !string.Equals(mentioned.Id, botId, StringComparison.Ordinal))
        {
            return null;
        }

        if (!string.IsNullOrEmpty(mention.Text))
        {
            return mention.Text;
        }

        return string.IsNullOrEmpty(mentioned.Name) ? null : $"<at>{mentioned.Name}</at>";
    }

    private static bool IsMention(Entity entity) =>
        string.Equals(entity.Type, Mention.EntityType, StringComparison.OrdinalIgnoreCase);
}
