using System.Text.Json.Nodes;
using NewsBot.Protocol.Schema;

namespace NewsBot.Dialogs.Rendering;

// Teams' citation entity: one root schema.org Message with a Claim per [n] marker. Teams answers 400 to a second root
// entity, more than 20 claims, a string position or an empty appearance, so this builds exactly that shape.
internal static class TeamsCitations
{
    public const string EntityType = "https://schema.org/Message";
    public const int NameLength = 80;
    public const int AbstractLength = 160;
    public const int KeywordLength = 28;

    public static Entity Entity(IReadOnlyList<CitedArticle> articles)
    {
        var claims = new JsonArray();
        foreach (var (article, i) in articles.Take(CitationList.Limit).Select((a, i) => (a, i)))
        {
            var citation = article.Citation;
            var appearance = new JsonObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = Markdown.Shorten($"{citation.Outlet}: {citation.Title}", NameLength),
                ["abstract"] = Markdown.Shorten(string.Join(" … ", article.Sentences.DefaultIfEmpty(citation.Sentence)), AbstractLength),
                ["keywords"] = new JsonArray(Markdown.Shorten(citation.Outlet, KeywordLength), Markdown.Date(citation.Published)),
            };
            if (Uri.TryCreate(citation.Url, UriKind.Absolute, out var url))
            {
                appearance["url"] = url.AbsoluteUri;
            }

            claims.Add(new JsonObject { ["@type"] = "Claim", ["position"] = i + 1, ["appearance"] = appearance });
        }

        return Protocol.Schema.Entity.From(new JsonObject
        {
            ["type"] = EntityType,
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["additionalType"] = new JsonArray("AIGeneratedContent"),
            ["citation"] = claims,
        });
    }
}
