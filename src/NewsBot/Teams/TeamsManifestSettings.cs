namespace NewsBot.Teams;

internal sealed record TeamsManifestSettings(
    string AppId,
    string ShortName = "NewsBot",
    string FullName = "NewsBot: questions about the news, answered with sources",
    string Version = "1.0.0",
    string DeveloperName = "NewsBot",
    string WebsiteUrl = "https://newsbot.example",
    string PrivacyUrl = "https://newsbot.example/privacy",
    string TermsOfUseUrl = "https://newsbot.example/terms")
{
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Guid.TryParse(AppId, out _))
        {
            errors.Add($"The app id must be the bot's MicrosoftAppId, a GUID (was '{AppId}').");
        }

        if (ShortName.Length is 0 or > 30)
        {
            errors.Add("The short name must have 1 to 30 characters.");
        }

        foreach (var url in new[] { WebsiteUrl, PrivacyUrl, TermsOfUseUrl })
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            {
                errors.Add($"'{url}' must be an absolute https URL.");
            }
        }

        return errors;
    }
}
