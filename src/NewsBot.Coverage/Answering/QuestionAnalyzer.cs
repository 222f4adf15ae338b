using System.Text.RegularExpressions;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Answering;

// Reads a question: its type, the outlet it restricts itself to ("according to NPR"), and its content words,
// misspellings corrected against the index vocabulary.
internal static partial class QuestionAnalyzer
{
    public const int MaxQuestionLength = 500;

    // A corrected word may be a real word the articles just do not use ("heading" is not a typo of "hearing"),
    // so it weighs less than a word typed as indexed.
    private const double CorrectionTrust = 0.6;

    private static readonly Dictionary<string, string> QuestionWordTypos = new(StringComparer.Ordinal)
    {
        ["wht"] = "what", ["waht"] = "what", ["whta"] = "what", ["wat"] = "what", ["whn"] = "when", ["wen"] = "when",
        ["wehn"] = "when", ["hwo"] = "how", ["hw"] = "how", ["whre"] = "where", ["wher"] = "where", ["woh"] = "who",
        ["hwy"] = "why", ["wich"] = "which", ["whcih"] = "which",
    };

    public static Question Analyze(string text, Vocabulary vocabulary, IReadOnlyCollection<string> outlets, string? outletOption)
    {
        var cleaned = Clean(text);
        var outlet = OutletMatcher.Find(outletOption, outlets);
        if (outlet is null)
        {
            (outlet, cleaned) = OutletInQuestion.Named(cleaned, outlets);
        }

        if (outlet is null)
        {
            (outlet, cleaned) = OutletInQuestion.Mentioned(cleaned, outlets);
        }

        var words = TextNormalizer.Words(cleaned);
        if (words.Count > 0 && QuestionWordTypos.TryGetValue(words[0], out var fixedWord))
        {
            words[0] = fixedWord;
        }

        // "Who is Ned Price?" asks what the person is, not for another name: the sentence describing them answers.
        var type = DefinitionOfName().IsMatch(cleaned) ? QuestionType.What : Classify(words);
        var countryUs = CountryUs().IsMatch(cleaned);
        var formWords = FormWords(words);
        var terms = new List<QueryTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var typed in words)
        {
            var isCountry = countryUs && typed == "us";
            if ((Stopwords.Contains(typed) && !isCountry) || formWords.Contains(typed) || QuestionWordTypos.ContainsKey(typed) || (typed.Length == 1 && !char.IsDigit(typed[0])))
            {
                continue;
            }

            var word = vocabulary.Contains(typed) ? typed : vocabulary.Correct(typed) ?? typed;
            if (!seen.Add(word))
            {
                continue;
            }

            var weak = WeakWords.Contains(word);
            var weight = vocabulary.Idf(word) * (weak ? 0.5 : 1.0) * (word != typed ? CorrectionTrust : 1.0);
            // A word the articles never use is still known when they use a word for the same thing ("heads" / "lead").
            var stem = Stemmer.Stem(word);
            var known = vocabulary.Contains(word) || Synonyms.Of(stem).Any(vocabulary.Contains);
            terms.Add(new QueryTerm(typed, word, stem, weight, known, weak));
        }

        var counted = CountedWords(words);
        var relation = type == QuestionType.Who ? RelationTerm(words, terms) : null;
        return new Question(cleaned, type, terms, outlet, counted, relation);
    }

    // Control characters and runs of whitespace are noise from copy-paste; an overlong question is cut, not refused.
    public static string Clean(string text)
    {
        var cleaned = ControlCharacters().Replace(text, " ");
        cleaned = Whitespace().Replace(cleaned, " ").Trim();
        return cleaned.Length > MaxQuestionLength ? cleaned[..MaxQuestionLength] : cleaned;
    }

    // "how many Russian soldiers are …" → russian, soldier: the words naming what is counted, up to the verb.
    private static IReadOnlySet<string>? CountedWords(List<string> words)
    {
        for (var i = 0; i + 2 < words.Count; i++)
        {
            if (words[i] == "how" && words[i + 1] is "many" or "much")
            {
                var counted = words.Skip(i + 2).Take(3).TakeWhile(w => !Stopwords.Contains(w)).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
                return counted.Count > 0 ? counted : null;
            }
        }

        return null;
    }

    // "who won the election" → the term for "won": the first content word after "who" and its auxiliaries.
    private static QueryTerm? RelationTerm(List<string> words, List<QueryTerm> terms)
    {
        var at = words.IndexOf("who");
        for (var i = at + 1; at >= 0 && i < words.Count; i++)
        {
            if (words[i] is "will" or "would" or "did" or "does" or "do" or "has" or "have" or "had" or "is" or "was" or "are" or "were" or "can" or "could")
            {
                continue;
            }

            return terms.FirstOrDefault(t => t.Typed == words[i]);
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?i:who\s+(?:is|was|are|were)\s+(?:the\s+)?)(?:[\p{Lu}][\p{L}'’.-]*\s*){1,4}\??\s*$")]
    private static partial Regex DefinitionOfName();

    // Words that only shape the question: "long" in "how long", "time" in "what time".
    private static HashSet<string> FormWords(List<string> words)
    {
        var form = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if ((words[i] == "how" && words[i + 1] is "long" or "far" or "often" or "old" or "fast" or "big" or "high" or "large" or "tall") ||
                (words[i] is "what" or "which" && words[i + 1] is "time" or "date" or "day" or "year" or "month"))
            {
                form.Add(words[i + 1]);
            }
        }

        return form;
    }

    private static QuestionType Classify(List<string> words)
    {
        if (words.Count == 0)
        {
            return QuestionType.Other;
        }

        var joined = " " + string.Join(' ', words) + " ";
        if (HowMuch().IsMatch(joined))
        {
            return QuestionType.HowMany;
        }

        if (WhatTime().IsMatch(joined))
        {
            return QuestionType.When;
        }

        if (joined.Contains(" for what reason ", StringComparison.Ordinal) || joined.Contains(" how come ", StringComparison.Ordinal))
        {
            return QuestionType.Why;
        }

        foreach (var word in words.Take(3))
        {
            switch (word)
            {
                case "when": return QuestionType.When;
                case "who" or "whom" or "whose": return QuestionType.Who;
                case "where": return QuestionType.Where;
                case "why": return QuestionType.Why;
                case "what" or "which": return QuestionType.What;
            }
        }

        return words[0] is "is" or "are" or "was" or "were" or "did" or "does" or "do" or "has" or "have" or "had" or "will"
            or "can" or "could" or "should" or "would"
            ? QuestionType.YesNo
            : QuestionType.Other;
    }

    [GeneratedRegex(@" (?:how (?:many|much|long|far|fast|big|old|high|large|tall|often)|what (?:number|percentage|amount)) ")]
    private static partial Regex HowMuch();

    [GeneratedRegex(@" (?:what|which|in what|in which) (?:time|date|day|year|month) ")]
    private static partial Regex WhatTime();

    // "US" written in capitals is the country, not the pronoun.
    [GeneratedRegex(@"(?<![\p{L}.])U\.?S\.?(?![\p{L}])")]
    private static partial Regex CountryUs();

    [GeneratedRegex(@"[\p{Cc}\p{Cf}\p{Cs}]+")]
    private static partial Regex ControlCharacters();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
