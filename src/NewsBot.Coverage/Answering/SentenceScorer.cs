using FuzzySharp;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Answering;

// How well one sentence answers a question. Cheap features first (weighted term coverage, proximity, answer type,
// sentence shape) for every candidate; the fuzzy token-set ratio only refines the few that survive.
internal static class SentenceScorer
{
    public static (SentenceFeatures Features, ShortAnswer? Short) Cheap(Question question, string sentence, DateOnly? published, int position = 0)
    {
        var words = TextNormalizer.Words(sentence);
        var stems = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            stems[i] = Stemmer.Stem(words[i]);
        }

        double matchedWeight = 0;
        var matched = 0;
        var specific = 0;
        var first = int.MaxValue;
        var last = -1;
        foreach (var term in question.Terms)
        {
            var (at, credit) = Find(term, words, stems);
            if (at < 0)
            {
                continue;
            }

            matched++;
            specific += term.Known && !term.Weak ? 1 : 0;
            matchedWeight += term.Weight * credit;
            first = Math.Min(first, at);
            last = Math.Max(last, at);
        }

        var coverage = question.TotalWeight > 0 ? matchedWeight / question.TotalWeight : 0;
        var proximity = matched <= 1 ? (matched == 1 ? 0.5 : 0) : Math.Min(1.0, (matched + 1.0) / (last - first + 2.0));
        var valueType = question.Type is QuestionType.When or QuestionType.Who or QuestionType.Where or QuestionType.HowMany;
        var shortAnswer = valueType ? ShortAnswer.Extract(question, sentence, published) : null;
        var typeCue = valueType ? shortAnswer?.Strength ?? 0 : AnswerTypeCues.Strength(question, sentence);
        var features = new SentenceFeatures(coverage, proximity, typeCue, AnswerTypeCues.IsRequired(question.Type), 0,
            Quality(sentence, words.Count), specific, question.Terms.Any(t => !t.Known), question.Relation is { Known: false },
            question.Type is QuestionType.When or QuestionType.HowMany, position);
        return (features, shortAnswer);
    }

    public static SentenceFeatures Refine(Question question, string sentence, SentenceFeatures cheap)
    {
        if (question.Terms.Count == 0)
        {
            return cheap;
        }

        var query = string.Join(' ', question.Terms.Select(t => t.Word));
        // FuzzySharp's two-argument Fuzz calls do no preprocessing of their own: both sides come normalised here,
        // non-ASCII letters kept.
        var fuzzy = Fuzz.TokenSetRatio(query, TextNormalizer.Normalize(sentence)) / 100.0;
        return cheap with { Fuzzy = fuzzy };
    }

    private static (int At, double Credit) Find(QueryTerm term, List<string> words, string[] stems)
    {
        var synonym = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (stems[i] == term.Stem || words[i] == term.Word || SharesRoot(words[i], term.Word))
            {
                return (i, 1.0);
            }

            if (synonym < 0 && term.Synonyms.Contains(stems[i]))
            {
                synonym = i;
            }
        }

        return synonym >= 0 ? (synonym, Synonyms.Credit) : (-1, 0);
    }

    // "delegation"/"delegations", "confirm"/"confirmation", "Ukraine"/"Ukrainian": a long common prefix.
    private static bool SharesRoot(string a, string b)
    {
        var min = Math.Min(a.Length, b.Length);
        if (min < 5)
        {
            return false;
        }

        var common = 0;
        while (common < min && a[common] == b[common])
        {
            common++;
        }

        return common >= 5 && common >= min - 2;
    }

    // Headlines, questions and fragments quote well but answer badly.
    private static double Quality(string sentence, int wordCount)
    {
        var quality = 1.0;
        if (wordCount < 5)
        {
            quality -= 0.5;
        }
        else if (wordCount < 8)
        {
            quality -= 0.15;
        }

        if (sentence.TrimEnd().EndsWith('?'))
        {
            quality -= 0.4;
        }

        return Math.Max(0, quality);
    }
}
