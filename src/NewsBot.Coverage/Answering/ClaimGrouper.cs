using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Answering;

// Groups ranked sentences into claims. For questions with a value for an answer (a date, a number, a name, a
// place), sentences are pooled by value and the value printed by the most outlets among the good candidates wins
// (an outlet's several articles count once): one outlet's "tens of thousands" does not outvote four outlets'
// "100,000". Other sentences join a claim when they come from another article, answer nearly as well as the claim's
// lead and are worded nearly the same.
internal static class ClaimGrouper
{
    private const double ValueFloor = 0.75;
    private const double RelativeScore = 0.8;
    private const int SameWording = 72;
    private const int SameFact = 70;
    private const double AsConfident = 0.9;

    public static List<ClaimGroup> Group(IReadOnlyList<ScoredSentence> ranked, int maxClaims, SentenceTokenCache? tokens = null)
    {
        if (ranked.Count == 0)
        {
            return [];
        }

        // A question asking for a value is answered by the best sentence that holds one, when it is nearly as good
        // as the best sentence overall ("the 50-minute call" over "their last call" for "how long was the call").
        var used = new HashSet<long>();
        var normalized = new NormalizedTexts(tokens);
        var anchor = ranked.FirstOrDefault(s => s.Short is not null);
        var groups = anchor is not null && anchor.Score >= ValueFloor * ranked[0].Score ? ByValue(ranked, anchor.Score, used, normalized) : [];
        foreach (var sentence in ranked)
        {
            if (groups.Count >= maxClaims)
            {
                break;
            }

            if (used.Add(sentence.Candidate.SentenceId))
            {
                groups.Add(ByWording(sentence, ranked, used, normalized));
            }
        }

        return groups.Take(maxClaims).ToList();
    }

    private static List<ClaimGroup> ByValue(IReadOnlyList<ScoredSentence> ranked, double best, HashSet<long> used, NormalizedTexts normalized)
    {
        var floor = ValueFloor * best;
        var buckets = ranked
            .Where(s => s.Short is not null && s.Score >= floor)
            .GroupBy(s => s.Short!.Value, StringComparer.Ordinal)
            .Select(bucket => (All: bucket.ToList(), Members: bucket
                .GroupBy(s => s.Article.Outlet, StringComparer.Ordinal)
                .Select(perOutlet => perOutlet.First())
                .ToList()))
            .OrderByDescending(b => b.Members.Sum(m => m.Score * m.Short!.Strength))
            .ThenByDescending(b => b.Members[0].Score)
            .ToList();

        var groups = new List<ClaimGroup>(buckets.Count);
        foreach (var (all, members) in buckets)
        {
            var group = new ClaimGroup(members[0]);
            group.Members.AddRange(members.Skip(1));
            groups.Add(group);

            // An outlet's other sentences with the value are in the claim already, through the one that voted.
            foreach (var sentence in all)
            {
                used.Add(sentence.Candidate.SentenceId);
            }
        }

        // Another value for the same fact, printed by an outlet as confidently: the outlets disagree.
        var lead = groups[0].Lead;
        var leadText = normalized.Of(lead);
        foreach (var other in groups.Skip(1))
        {
            if (other.Lead.Score >= AsConfident * lead.Score &&
                TokenSetRatio.Of(leadText, normalized.Of(other.Lead)) >= SameFact)
            {
                groups[0].Dissent.AddRange(other.Members);
            }
        }

        return groups;
    }

    private static ClaimGroup ByWording(ScoredSentence lead, IReadOnlyList<ScoredSentence> ranked, HashSet<long> used, NormalizedTexts normalized)
    {
        var group = new ClaimGroup(lead);
        var leadText = normalized.Of(lead);
        foreach (var other in ranked)
        {
            if (used.Contains(other.Candidate.SentenceId) || group.HasArticle(other.Article.Id) || other.Score < RelativeScore * lead.Score)
            {
                continue;
            }

            if (TokenSetRatio.Of(leadText, normalized.Of(other)) >= SameWording)
            {
                group.Members.Add(other);
                used.Add(other.Candidate.SentenceId);
            }
        }

        return group;
    }

    // A sentence is compared with several leads; it is normalised once.
    private sealed class NormalizedTexts(SentenceTokenCache? tokens)
    {
        private readonly Dictionary<long, string> _texts = [];

        public string Of(ScoredSentence sentence)
        {
            if (!_texts.TryGetValue(sentence.Candidate.SentenceId, out var text))
            {
                _texts[sentence.Candidate.SentenceId] = text = tokens?.Of(sentence.Candidate.SentenceId, sentence.Text).Normalized ?? TextNormalizer.Normalize(sentence.Text);
            }

            return text;
        }
    }
}
