using System.Globalization;
using System.Text.RegularExpressions;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Answering;

// A short answer cut from a sentence ("January 10", "Wendy Sherman", "100,000") and its comparable value, so that
// "Jan. 10" and "January 10", or "Thursday" and "December 30", count as the same answer.
internal sealed partial record ShortAnswer(string Text, string Value, double Strength = 1.0)
{
    public static ShortAnswer? Extract(Question question, string sentence, DateOnly? published, SentenceTokens? tokens = null)
    {
        var questionWords = question.Words;
        return question.Type switch
        {
            QuestionType.When => When(sentence, published, questionWords, tokens ?? SentenceTokens.Of(sentence)),
            QuestionType.HowMany when question.AsksDuration => Duration(sentence),
            QuestionType.HowMany => HowMany(question, sentence, questionWords),
            QuestionType.Who => Who(sentence, questionWords),
            QuestionType.Where => Where(sentence, questionWords),
            _ => null,
        };
    }

    private static ShortAnswer? When(string sentence, DateOnly? published, IReadOnlySet<string> questionWords, SentenceTokens tokens)
    {
        var wantsTime = questionWords.Contains("time");
        var (best, rank) = tokens.DatePhrases
            .Where(phrase => !questionWords.Contains(phrase.ToLowerInvariant()))
            .Select(phrase => (Text: phrase.Trim(), Rank: WhenRank(phrase, wantsTime)))
            .Where(x => x.Rank < 9)
            .OrderBy(x => x.Rank)
            .FirstOrDefault();
        if (best is null)
        {
            return null;
        }

        var resolved = tokens.ResolvedDates(published).FirstOrDefault(d => d.Phrase == best);
        var value = resolved is not null ? resolved.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : TimeValue(best) ?? best.ToLowerInvariant();
        // A calendar date, a weekday or a clock time answers "when"; "this week" or "two weeks before" only hints.
        return new ShortAnswer(best, value, rank <= 2 ? 1.0 : 0.5);
    }

    // Lower is better; 9 and above is not an answer to this question.
    private static int WhenRank(string phrase, bool wantsTime)
    {
        if (ClockTime().IsMatch(phrase))
        {
            return wantsTime ? 0 : 2;
        }

        if (wantsTime)
        {
            return 9;
        }

        if (MonthDayPattern().IsMatch(phrase))
        {
            return 0;
        }

        return Weekday().IsMatch(phrase) ? 1 : 4;
    }

    private static string? TimeValue(string phrase)
    {
        var match = ClockTime().Match(phrase);
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["pm"].Success && hour < 12)
        {
            hour += 12;
        }

        return $"{hour:00}:{minute:00}";
    }

    private static ShortAnswer? Duration(string sentence)
    {
        var match = AnswerTypeCues.FirstDuration(sentence);
        return match.Success ? new ShortAnswer(match.Value, match.Value.ToLowerInvariant().Replace('-', ' ')) : null;
    }

    // The number that counts what the question counts: the one closest before a question word ("100,000 Russian
    // troops" for "how many troops"), not the first number of the sentence ("the two leaders").
    private static ShortAnswer? HowMany(Question question, string sentence, IReadOnlySet<string> questionWords)
    {
        var stems = question.Terms.Select(t => t.Stem).Concat(question.Terms.SelectMany(t => t.Synonyms)).ToHashSet(StringComparer.Ordinal);
        if (question.Counted is { } counted)
        {
            stems = [.. counted, .. counted.SelectMany(Synonyms.Of)];
        }

        ShortAnswer? best = null;
        var bestDistance = int.MaxValue;
        foreach (Match match in AnswerTypeCues.Numbers(sentence))
        {
            var text = match.Value.Trim().TrimEnd(',', '.');
            if (text.Length == 0 || questionWords.Contains(text.ToLowerInvariant()) || LooksLikeYearOrDate(sentence, match))
            {
                continue;
            }

            var following = TextNormalizer.Words(sentence[(match.Index + match.Length)..]).Take(4).Select(Stemmer.Stem).ToList();
            var at = following.FindIndex(stems.Contains);
            var distance = at < 0 ? 10 : at;
            if (distance < bestDistance)
            {
                (best, bestDistance) = (new ShortAnswer(text, text.Replace(",", "", StringComparison.Ordinal).ToLowerInvariant()), distance);
            }
        }

        // A number that does not count what the question counts is no answer: "100,000 troops" for "how many allies".
        return bestDistance == 10 && question.Counted is not null ? null : best;
    }

    private static bool LooksLikeYearOrDate(string sentence, Match match)
    {
        if (YearLike().IsMatch(match.Value.Trim()))
        {
            return true;
        }

        var before = sentence[..match.Index].TrimEnd();
        return MonthAtEnd().IsMatch(before);
    }

    private static ShortAnswer? Who(string sentence, IReadOnlySet<string> questionWords)
    {
        var name = NameFinder.Names(sentence).Concat(NameFinder.Groups(sentence))
            .FirstOrDefault(n => AnswerTypeCues.IsNew(n, questionWords));
        // "Antony J. Blinken" and "Antony Blinken" are one person: initials do not make another value.
        return name is null ? null : new ShortAnswer(name, string.Join(' ', TextNormalizer.Words(name).Where(w => w.Length > 1)));
    }

    private static ShortAnswer? Where(string sentence, IReadOnlySet<string> questionWords)
    {
        foreach (Match match in AnswerTypeCues.Places(sentence))
        {
            var place = match.Groups["place"].Value;
            if (!questionWords.Contains(place.ToLowerInvariant()) && !Weekday().IsMatch(place) && !MonthDayPattern().IsMatch(place + " 1"))
            {
                return new ShortAnswer(place, TextNormalizer.Normalize(place));
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<h>\d{1,2})[:.](?<m>\d{2})\s*(?:(?<pm>p\.?m\.?)|a\.?m\.?)?", RegexOptions.IgnoreCase)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(?:" + AnswerTypeCues.MonthPattern + @")\s+\d", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", RegexOptions.IgnoreCase)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex YearLike();

    [GeneratedRegex(@"(?:" + AnswerTypeCues.MonthPattern + @")$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAtEnd();
}
