using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Coverage;

namespace NewsBot.Dialogs.Rendering;

// The answer as an Adaptive Card 1.5 (the newest Teams takes from bots): the short answer, a sources section with each
// outlet's date and sentence, and a "sources differ" section. Buttons are Action.Submit only: Web Chat ignores
// Action.Execute. Their data carries the follow-up text, and Teams' msteams/imBack, so both channels send it as a message.
internal static class AnswerCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    public static JsonElement Build(Answer answer, CitationList citations, IReadOnlyList<string> actions)
    {
        var shortAnswer = ShortAnswer.Of(answer);
        var body = new JsonArray
        {
            TextBlock(shortAnswer.Text, size: "Large", weight: "Bolder"),
            TextBlock(answer.Question, subtle: true, spacing: "None"),
        };
        if (shortAnswer.OtherDates.Count > 0)
        {
            body.Add(TextBlock("Dates: " + string.Join("; ", shortAnswer.OtherDates.Select(d => d.Display)), subtle: true));
        }

        body.Add(TextBlock("Sources", weight: "Bolder", spacing: "Medium"));
        foreach (var citation in answer.Citations)
        {
            body.Add(new JsonObject
            {
                ["type"] = "Container",
                ["spacing"] = "Small",
                ["items"] = new JsonArray
                {
                    TextBlock($"{citations.Marker(citation)} {citation.Outlet} · {Markdown.Date(citation.Published)}".TrimStart(), weight: "Bolder"),
                    TextBlock($"“{citation.Sentence}”", spacing: "None"),
                    TextBlock(citation.Title, subtle: true, spacing: "None", size: "Small"),
                },
            });
        }

        foreach (var disagreement in answer.Disagreements)
        {
            body.Add(TextBlock($"Sources differ on {disagreement.About}", weight: "Bolder", spacing: "Medium", color: "Attention"));
            var facts = new JsonArray();
            foreach (var version in disagreement.Versions)
            {
                facts.Add(new JsonObject { ["title"] = version.Value, ["value"] = string.Join(", ", version.Citations.Select(c => $"{c.Outlet} {citations.Marker(c)}".TrimEnd())) });
            }

            body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions.Count > 0)
        {
            card["actions"] = new JsonArray([.. actions.Select(Submit)]);
        }

        return JsonSerializer.SerializeToElement(card);
    }

    private static JsonObject Submit(string text) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = text,
        ["data"] = new JsonObject { ["text"] = text, ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = text } },
    };

    private static JsonObject TextBlock(string text, string? size = null, string? weight = null, string? spacing = null, string? color = null, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (spacing is not null)
        {
            block["spacing"] = spacing;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }
}
