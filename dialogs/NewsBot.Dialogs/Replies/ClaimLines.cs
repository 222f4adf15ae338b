using System.Text;
using NewsBot.Coverage;
using NewsBot.Dialogs.Rendering;

namespace NewsBot.Dialogs.Replies;

// Claims as a markdown list: the short answer in bold when there is one, the sentence quoted, and every outlet
// that printed it with its marker.
internal static class ClaimLines
{
    public static void Append(StringBuilder text, IReadOnlyList<Claim> claims, CitationList citations, bool numbered)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            text.Append(numbered ? $"{i + 1}. " : "- ");
            if (!string.Equals(claim.Text.Trim(), claim.Sentence.Trim(), StringComparison.Ordinal))
            {
                text.Append("**").Append(Markdown.Escape(claim.Text)).Append("**: ");
            }

            var outlets = claim.Citations.DistinctBy(c => c.Outlet, StringComparer.OrdinalIgnoreCase).Select(citations.Named);
            text.Append(Markdown.Quote(claim.Sentence)).Append(" — ").Append(string.Join(", ", outlets)).Append('\n');
        }
    }
}
