using System.Text.RegularExpressions;

namespace NewsBot.Coverage.Ingestion;

// The vocabulary of web-page furniture: calls to action, legal small print, navigation, and the markers that open a
// block of other stories. These are the words sites use for their own chrome, not words of any one page.
internal static partial class Furniture
{
    // A short line that opens a block of other stories or of reader comments: everything after it is not the article.
    [GeneratedRegex(
        """
        ^(?:related(?:\s+(?:articles?|stories|posts|news|content|coverage|links|reading|topics|people|videos|items))?
        |you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)
        |(?:more|other)\s+(?:from|on|in|stories|news|articles|coverage|videos)\b[^.!?]{0,40}
        |recommended(?:\s+(?:for\s+you|stories|articles|reading|videos))?
        |most\s+(?:popular|read|viewed|shared|commented|watched)
        |trending(?:\s+(?:now|stories|news|topics))?
        |trends?\s+\d+\s*h
        |latest(?:\s+(?:news|stories|posts|articles|videos|headlines))?
        |recent\s+(?:comments|posts|articles|stories)
        |comments?(?:\s*[/(:]\s*\d+\)?)?
        |\d+\s+comments?
        |(?:leave|post|add)\s+a\s+(?:reply|comment)
        |join\s+the\s+(?:conversation|discussion)
        |source\s+link
        |(?:top|editor'?s'?|editors’)\s+(?:stories|picks)
        |(?:what\s+to\s+)?read\s+next
        |about\s+the\s+(?:authors?|reporters?)
        )\s*:?$
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex TailMarker();

    // Site chrome in a line of any length up to LongestChromeLine words: subscription and sign-up prompts, cookie and
    // legal notices, comment-form text, "read more" links.
    [GeneratedRegex(
        """
        ^(?:please\s+)?subscribe\b
        |\bsubscribe\s+(?:to|for)\s+(?:our|\w+\s+(?:newspaper|newsletter|magazine|channel|podcast))
        |\bthank\s+you\s+for\s+(?:subscribing|signing\s+up|registering)
        |\bsign\s+up\s+(?:for|to)\s+(?:our|the)\b.*\b(?:newsletters?|e-?mails?|alerts|updates|inbox)\b
        |\bnewsletters?\b.*\b(?:inbox|sign\s+up|subscribe)\b
        |\bwe\s+use\s+cookies\b|\bcookie\s+(?:policy|settings|preferences|consent|notice)\b|\baccept\s+(?:all\s+)?cookies\b
        |\b(?:privacy\s+policy|terms\s+of\s+(?:use|service)|all\s+rights\s+reserved)\b
        |^(?:©|\(c\)\s)|^copyright\s+(?:©|\(c\)|\d{4})
        |\byour\s+e-?mail\s+address\b|\benter\s+(?:a\s+|your\s+)?(?:valid\s+)?e-?mail\b|\brequired\s+fields\s+are\s+marked\b
        |^never\s+miss\b
        |\bon\s+(?:this|our)\s+(?:site|website|web\s+site)\b
        |\b(?:click|tap)\s+here\b
        |^(?:read|see|watch|listen)(?:\s+(?:more|next|also|now|the\s+latest))?\s*:
        |^continue\s+reading\b
        |\bfollow\s+us\s+on\b
        |^tags?\s*:
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Chrome();

    // Chrome only in a short line (up to LongestButtonLine words), where it is a button or label, not a sentence:
    // "download", "Our App Now!!", "Share this article", "Advertisement", "Follow us", "#Ukraine".
    [GeneratedRegex(
        """
        ^(?:sign|log)\s*(?:up|in)\b
        |^download(?:\s+(?:now|our|the|it|free)\b|$)
        |\bour\s+app\b|\b(?:get|download)\s+the\s+app\b
        |^(?:follow|like|join)\s+us\b
        |^share(?:\s+(?:this|on|via|the\s+(?:article|story))\b|$)
        |^stay\s+(?:connected|informed|tuned|up\s+to\s+date)\b
        |^(?:advertisement|advertising|sponsored(?:\s+content)?|ad|promoted|partner\s+content)$
        |^(?:read|see)\s+(?:more|also)$
        |^\#\w
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Button();

    // "HomeEurope News..." or "Home > World > Europe": a breadcrumb trail.
    [GeneratedRegex(@"^Home(?:\s*[>»/|›]|\p{Lu}\p{Ll})")]
    private static partial Regex Breadcrumb();

    // A photo credit after a caption: "Jane Roe/Getty Images", "(Photo: AP)", "Adam Schultz/The White House via AP".
    [GeneratedRegex(@"/|\b(?:Getty|Images|AP|Reuters|AFP|EPA|Photo|Photos|Photograph|Credit|Courtesy|Pool|Shutterstock)\b")]
    private static partial Regex Credit();

    private const int LongestChromeLine = 30;
    private const int LongestButtonLine = 8;

    public static bool IsTailMarker(string line) => TailMarker().IsMatch(line);

    public static bool IsChrome(string line)
    {
        var words = LineShape.Words(line);
        return Breadcrumb().IsMatch(line)
            || (words <= LongestChromeLine && Chrome().IsMatch(line))
            || (words <= LongestButtonLine && Button().IsMatch(line));
    }

    public static bool IsCredit(string fragment) => Credit().IsMatch(fragment);
}
