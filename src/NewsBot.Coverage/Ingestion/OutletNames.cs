namespace NewsBot.Coverage.Ingestion;

// The names readers know outlets by, looked up from how pages spell them: site handles ("cnnespanol"), domains
// ("www.livemint.com"), agency codes in datelines ("AP") and full names ("The Associated Press").
internal static class OutletNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["cnn"] = "CNN", ["cnnespanol"] = "CNN", ["cnnenespanol"] = "CNN", ["cnnenespañol"] = "CNN",
        ["npr"] = "NPR", ["nationalpublicradio"] = "NPR",
        ["ap"] = "AP", ["associatedpress"] = "AP", ["theassociatedpress"] = "AP", ["apnews"] = "AP",
        ["reuters"] = "Reuters", ["afp"] = "AFP", ["agencefrancepresse"] = "AFP", ["upi"] = "UPI",
        ["bbc"] = "BBC News", ["bbcnews"] = "BBC News", ["bbccouk"] = "BBC News",
        ["mint"] = "Mint", ["livemint"] = "Mint",
        ["nytimes"] = "The New York Times", ["newyorktimes"] = "The New York Times", ["thenewyorktimes"] = "The New York Times",
        ["washingtonpost"] = "The Washington Post", ["thewashingtonpost"] = "The Washington Post",
        ["wsj"] = "The Wall Street Journal", ["wallstreetjournal"] = "The Wall Street Journal", ["thewallstreetjournal"] = "The Wall Street Journal",
        ["guardian"] = "The Guardian", ["theguardian"] = "The Guardian",
        ["independent"] = "The Independent", ["theindependent"] = "The Independent",
        ["aljazeera"] = "Al Jazeera", ["foxnews"] = "Fox News", ["nbcnews"] = "NBC News", ["cbsnews"] = "CBS News",
        ["abcnews"] = "ABC News", ["cnbc"] = "CNBC", ["politico"] = "Politico", ["axios"] = "Axios",
        ["bloomberg"] = "Bloomberg", ["usatoday"] = "USA Today", ["thehill"] = "The Hill", ["dw"] = "DW",
        ["france24"] = "France 24", ["euronews"] = "Euronews", ["skynews"] = "Sky News",
    };

    private static readonly string[] DomainEndings = [".com", ".org", ".net", ".co.uk", ".co", ".in", ".uk", ".de", ".fr", ".es", ".news"];

    // The reader-facing name for a known outlet, or null.
    public static string? Find(string spelling)
    {
        var key = Key(spelling);
        return key.Length > 0 && Known.TryGetValue(key, out var name) ? name : null;
    }

    // The reader-facing name when known, else the spelling as printed.
    public static string Resolve(string spelling) => Find(spelling) ?? spelling.Trim();

    private static string Key(string spelling)
    {
        var key = spelling.Trim().ToLowerInvariant();
        if (Uri.TryCreate(key, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
        {
            key = uri.Host;
        }

        if (key.StartsWith("www.", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        foreach (var ending in DomainEndings)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal))
            {
                key = key[..^ending.Length];
                break;
            }
        }

        return new string([.. key.Where(char.IsLetterOrDigit)]);
    }
}
