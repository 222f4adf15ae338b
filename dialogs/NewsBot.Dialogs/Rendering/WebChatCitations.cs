using NewsBot.Coverage;

namespace NewsBot.Dialogs.Rendering;

// Web Chat's citation form: reference-style link definitions after the text, one per [n] marker. Articles without an
// address get the opaque non-URL destination cite:n, which Web Chat shows as a citation rather than a link.
internal static class WebChatCitations
{
    public static string Definitions(IReadOnlyList<CitedArticle> articles) =>
        string.Join("\n", articles.Select((article, i) => $"[{i + 1}]: {Destination(article.Citation, i + 1)} \"{Title(article.Citation)}\""));

    private static string Destination(Citation citation, int number) =>
        Uri.TryCreate(citation.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url.AbsoluteUri
            : $"cite:{number}";

    // The title sits inside double quotes on one line.
    private static string Title(Citation citation) =>
        $"{citation.Outlet}: {citation.Title} ({Markdown.Date(citation.Published)})".Replace('"', '\'').Replace('\n', ' ').Replace('\r', ' ');
}
