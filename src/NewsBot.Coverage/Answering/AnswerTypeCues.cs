using System.Text.RegularExpressions;

namespace NewsBot.Coverage.Answering;

// Surface cues that a sentence holds the kind of answer a question asks for: a date for "when", a number for
// "how many", a name for "who", a place for "where", a reason for "why".
internal static partial class AnswerTypeCues
{
    // 0 when the sentence holds nothing of the kind asked for, up to 1 when it plainly does.
    public static double Strength(Question question, string sentence)
    {
        var questionWords = question.Words;
        return question.Type switch
        {
            QuestionType.When => DateOrTime().Matches(sentence).Any(m => !questionWords.Contains(m.Value.ToLowerInvariant())) ? 1 : 0,
            QuestionType.HowMany when question.AsksDuration => Duration().IsMatch(sentence) ? 1 : 0,
            QuestionType.HowMany => Number().Matches(sentence).Any(m => !questionWords.Contains(m.Value.Trim().ToLowerInvariant())) ? 1 : 0,
            QuestionType.Who => NameFinder.Names(sentence).Concat(NameFinder.Groups(sentence)).Any(n => IsNew(n, questionWords)) ? 1 : 0,
            QuestionType.Where => Place().Matches(sentence).Any(m => !questionWords.Contains(Text.TextNormalizer.Normalize(m.Groups["place"].Value))) ? 1 : 0,
            QuestionType.Why => StrongReason().IsMatch(sentence) ? 1 : Reason().IsMatch(sentence) ? 0.6 : 0,
            QuestionType.What when AsksForWords().IsMatch(question.Text) => QuotedWords().IsMatch(sentence) ? 1 : 0,
            _ => 0,
        };
    }

    // An answer is not something the question already says: "Joe Biden" does not answer "Who has Biden talked with?".
    public static bool IsNew(string phrase, IReadOnlySet<string> questionWords) =>
        !Text.TextNormalizer.Words(phrase).Any(questionWords.Contains);

    public static bool IsRequired(QuestionType type) =>
        type is QuestionType.When or QuestionType.Who or QuestionType.Where or QuestionType.HowMany or QuestionType.Why;

    [GeneratedRegex(@"\b(?:slogan|motto|phrase|words?|quote|quoted|term|called|describe[ds]?|catchphrase|message)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForWords();

    [GeneratedRegex(@"[“""«‘]\s*\S+(?:\s+\S+){2,}?\s*[”""»’]")]
    private static partial Regex QuotedWords();

    [GeneratedRegex(@"\b(?:because|reasons?|why|due to|since)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StrongReason();

    public static Match FirstDuration(string sentence) => Duration().Match(sentence);

    [GeneratedRegex(@"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many)[- ](?:minutes?|hours?|days?|weeks?|months?|years?)(?:-long)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    public static MatchCollection Dates(string sentence) => DateOrTime().Matches(sentence);

    public static MatchCollection Numbers(string sentence) => Number().Matches(sentence);

    public static MatchCollection Places(string sentence) => Place().Matches(sentence);

    public const string MonthPattern =
        "Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?|\\.)?\\.?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?";

    [GeneratedRegex(@"\b(?:(?:" + MonthPattern + @")\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+(?:" + MonthPattern + @")(?:\s+\d{4})?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\s*[ap]\.?m\.?|\d{4}\s+GMT|(?:in|since|by|until)\s+(?:19|20)\d{2}|(?:this|next|last)\s+(?:week|month|year|weekend)|today|tomorrow|yesterday|tonight|(?:earlier|later)\s+this\s+(?:week|month)|(?:two|three|four|five|\d+)\s+(?:days|weeks|months)\s+(?:later|ago|before|after)|(?:in\s+)?(?:January|February|March|April|June|July|August|September|October|November|December))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateOrTime();

    [GeneratedRegex(@"(?:\b\d[\d,.]*\b(?:\s*(?:%|percent|million|billion|thousand|hundred))?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozens?|several|tens of thousands)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:(?:in|at|near)\s+(?:the\s+)?|from\s+(?:his|her|their|its)\s+(?:private\s+)?(?:home|residence|office)\s+(?:in|near|at)\s+)(?<place>[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+)*)|(?<place>[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?)\s*-\s*based\b")]
    private static partial Regex Place();

    [GeneratedRegex(@"\b(?:so that|in order to|in hopes?|hoping|purpose|aim(?:ed)?|goal|to (?:continue|discuss|find|set|avoid|address|try|keep|ensure|prevent)|as part of|intends?|seeks?|seeking|wants?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();
}
