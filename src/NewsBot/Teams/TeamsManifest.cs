using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsBot.Teams;

// A Teams app package for sideloading: manifest.json (schema v1.19) and the two icons at the root of a zip.
internal static class TeamsManifest
{
    public const string SchemaVersion = "1.19";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonObject Build(TeamsManifestSettings settings) => new()
    {
        ["$schema"] = $"https://developer.microsoft.com/json-schemas/teams/v{SchemaVersion}/MicrosoftTeams.schema.json",
        ["manifestVersion"] = SchemaVersion,
        ["version"] = settings.Version,
        ["id"] = settings.AppId,
        ["developer"] = new JsonObject
        {
            ["name"] = settings.DeveloperName,
            ["websiteUrl"] = settings.WebsiteUrl,
            ["privacyUrl"] = settings.PrivacyUrl,
            ["termsOfUseUrl"] = settings.TermsOfUseUrl,
        },
        ["name"] = new JsonObject { ["short"] = settings.ShortName, ["full"] = settings.FullName },
        ["description"] = new JsonObject
        {
            ["short"] = "Answers questions about the news coverage it holds, citing each outlet.",
            ["full"] = "Ask NewsBot about the articles it has indexed. Every answer quotes the sentence each outlet printed, " +
                       "says where outlets disagree, and says so plainly when the coverage does not answer.",
        },
        ["icons"] = new JsonObject { ["color"] = "color.png", ["outline"] = "outline.png" },
        ["accentColor"] = "#1F4E79",
        ["bots"] = new JsonArray
        {
            new JsonObject
            {
                ["botId"] = settings.AppId,
                ["scopes"] = new JsonArray("personal", "team", "groupChat"),
                ["supportsFiles"] = false,
                ["isNotificationOnly"] = false,
                ["commandLists"] = new JsonArray
                {
                    new JsonObject
                    {
                        ["scopes"] = new JsonArray("personal", "team", "groupChat"),
                        ["commands"] = new JsonArray
                        {
                            Command("help", "What NewsBot can do"),
                            Command("sources", "The articles NewsBot answers from"),
                            Command("what's the story?", "The facts most outlets agree on"),
                        },
                    },
                },
            },
        },
        ["validDomains"] = new JsonArray(),
    };

    public static void WritePackage(TeamsManifestSettings settings, Stream output)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(Build(settings), Indented));
        Add(zip, "color.png", PngWriter.Encode(IconPainter.Color()));
        Add(zip, "outline.png", PngWriter.Encode(IconPainter.Outline()));
    }

    private static JsonObject Command(string title, string description) => new() { ["title"] = title, ["description"] = description };

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(content);
    }
}
