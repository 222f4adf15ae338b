using NewsBot.Teams;

namespace NewsBot.Cli;

internal static class TeamsManifestCommand
{
    public static async Task<int> RunAsync(CommandContext context, string[] args)
    {
        string? appId = context.Configuration["MicrosoftAppId"];
        var output = "newsbot-teams.zip";
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new UsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--app-id": appId = value; break;
                case "--out": output = value; break;
                case "--name" or "--developer" or "--website" or "--privacy" or "--terms" or "--version": settings[args[i]] = value; break;
                default: throw new UsageException($"unknown option {args[i]}");
            }

            i++;
        }

        if (string.IsNullOrWhiteSpace(appId))
        {
            throw new UsageException("teams-manifest needs the bot's app id: --app-id GUID (or MicrosoftAppId in appsettings.json)");
        }

        var defaults = new TeamsManifestSettings(appId);
        var manifest = defaults with
        {
            ShortName = settings.GetValueOrDefault("--name", defaults.ShortName),
            DeveloperName = settings.GetValueOrDefault("--developer", defaults.DeveloperName),
            WebsiteUrl = settings.GetValueOrDefault("--website", defaults.WebsiteUrl),
            PrivacyUrl = settings.GetValueOrDefault("--privacy", defaults.PrivacyUrl),
            TermsOfUseUrl = settings.GetValueOrDefault("--terms", defaults.TermsOfUseUrl),
            Version = settings.GetValueOrDefault("--version", defaults.Version),
        };
        if (manifest.Validate() is { Count: > 0 } errors)
        {
            throw new UsageException(string.Join(" ", errors));
        }

        var path = Path.GetFullPath(output);
        await using (var file = File.Create(path))
        {
            TeamsManifest.WritePackage(manifest, file);
        }

        await Console.Out.WriteLineAsync($"Wrote {path}: manifest v{TeamsManifest.SchemaVersion} for bot {appId}, with color.png (192x192) and outline.png (32x32). Upload it in Teams: Apps > Manage your apps > Upload an app.");
        return 0;
    }
}
