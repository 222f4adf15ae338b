using FuzzySharp;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Answering;

// How well one sentence answers a question. Cheap features first (weighted term coverage, proximity, answer type,
// sentence shape) for every candidate; the fuzzy token-set ratio only refines the few that survive.
internal static class SentenceScorer
{
    private const double OtherForm = 0.9;

    public static (SentenceFeatures Features, ShortAnswer? Short) Cheap(
        Question question, string sentence, DateOnly? published, int position = 0, Headline? headline = null, SentenceTokens? tokens = null)
    {
        tokens ??= SentenceTokens.Of(sentence);
        return Typed(question, sentence, published, Lexical(question, sentence, position, headline, tokens), tokens);
    }

    // The word features alone, with the answer type taken as found: an upper bound of what the sentence can score
    // before the fuzzy ratio, for skipping the regular expressions of the answer type on sentences that cannot matter.
    public static SentenceFeatures Lexical(Question question, string sentence, int position = 0, Headline? headline = null, SentenceTokens? tokens = null)
    {
        tokens ??= SentenceTokens.Of(sentence);
        var (words, stems) = (tokens.Words, tokens.Stems);

        double matchedWeight = 0;
        var matched = 0;
        var specific = 0;
        var first = int.MaxValue;
        var last = -1;
        var missing = 0;
        for (var t = 0; t < question.Terms.Count; t++)
        {
            var term = question.Terms[t];
            var (at, credit) = Find(term, words, stems);
            if (at < 0)
            {
                // Verbs are often said in other words ("contributed" for "with information from", "moved" for
                // "assembled"): only the things a question names must be found. Without a tagger, the verb of a "who"
                // question and words in -ed or -ing stand for the verbs.
                if (t < 32 && term.Known && !term.Weak && !ReferenceEquals(term, question.Relation) && !LooksLikeVerb(term.Typed) &&
                    (headline is null || Find(term, headline.Words, headline.Stems).At < 0))
                {
                    missing |= 1 << t;
                }

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
        return new SentenceFeatures(coverage, proximity, 1, AnswerTypeCues.IsRequired(question.Type), 0,
            Quality(sentence, words.Count), specific, question.Terms.Any(t => !t.Known), question.Relation is { Known: false },
            question.Type is QuestionType.When or QuestionType.HowMany, position,
            headline is null ? 0 : Unsupported(question, missing), missing);
    }

    // The answer type: the date, number, name or place the question asks for, or the cue of a "what"/"why" answer.
    public static (SentenceFeatures Features, ShortAnswer? Short) Typed(
        Question question, string sentence, DateOnly? published, SentenceFeatures lexical, SentenceTokens? tokens = null)
    {
        var valueType = question.Type is QuestionType.When or QuestionType.Who or QuestionType.Where or QuestionType.HowMany;
        var shortAnswer = valueType ? ShortAnswer.Extract(question, sentence, published, tokens) : null;
        var typeCue = valueType ? shortAnswer?.Strength ?? 0 : AnswerTypeCues.Strength(question, sentence);
        return (lexical with { TypeCue = typeCue }, shortAnswer);
    }

    public static SentenceFeatures Refine(Question question, string sentence, SentenceFeatures cheap, SentenceTokens? tokens = null)
    {
        if (question.Terms.Count == 0)
        {
            return cheap;
        }

        var query = string.Join(' ', question.Terms.Select(t => t.Word));
        // FuzzySharp's two-argument Fuzz calls do no preprocessing of their own: both sides come normalised here,
        // non-ASCII letters kept.
        var fuzzy = Fuzz.TokenSetRatio(query, tokens?.Normalized ?? TextNormalizer.Normalize(sentence)) / 100.0;
        return cheap with { Fuzzy = fuzzy };
    }

    private static bool LooksLikeVerb(string word) =>
        word.Length > 4 && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));

    // The share of the question's weight in the words of the mask.
    public static double Unsupported(Question question, int missing)
    {
        double weight = 0;
        for (var t = 0; t < question.Terms.Count && t < 32; t++)
        {
            weight += (missing & (1 << t)) != 0 ? question.Terms[t].Weight : 0;
        }

        return question.TotalWeight > 0 ? weight / question.TotalWeight : 0;
    }

    public static string[] Stems(IReadOnlyList<string> words)
    {
        var stems = new string[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            stems[i] = Stemmer.Stem(words[i]);
        }

        return stems;
    }

    private static (int At, double Credit) Find(QueryTerm term, IReadOnlyList<string> words, string[] stems)
    {
        var synonym = -1;
        var form = -1;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == term.Word)
            {
                return (i, 1.0);
            }

            if (form < 0 && (stems[i] == term.Stem || Roots.Share(words[i], term.Word)))
            {
                form = i;
            }

            if (synonym < 0 && term.Synonyms.Contains(stems[i]))
            {
                synonym = i;
            }
        }

        // Another form of the word says a little less: "elected" for "elections", "Ukrainian" for "Ukraine".
        return form >= 0 ? (form, OtherForm) : synonym >= 0 ? (synonym, Synonyms.Credit) : (-1, 0);
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
