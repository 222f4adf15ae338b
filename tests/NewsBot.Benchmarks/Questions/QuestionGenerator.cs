using System.Text.RegularExpressions;

namespace NewsBot.Benchmarks.Questions;

// Questions made from corpus sentences the way people half-remember what they read: the answer (a date, a number or
// a word) is taken out, a quarter of the other words are dropped, and one question in five has a typo.
internal static partial class QuestionGenerator
{
    private const int MinWords = 8;
    private const int MaxWords = 40;
    private const double DropShare = 0.25;
    private const double TypoShare = 0.2;

    public static List<BenchQuestion> Generate(IReadOnlyList<string> sentences, int count, int seed, string set)
    {
        var random = new Random(seed);
        var questions = new List<BenchQuestion>(count);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; questions.Count < count && attempt < count * 50 && sentences.Count > 0; attempt++)
        {
            var sentence = sentences[random.Next(sentences.Count)];
            if (used.Add(sentence) && Make(sentence, random) is { } text)
            {
                questions.Add(new BenchQuestion(text, set, null, [], sentence));
            }
        }

        return questions;
    }

    private static string? Make(string sentence, Random random)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '\'', '“', '”', '‘', '’', '(', ')', ',', '.', ';', ':', '!', '?'))
            .Where(w => w.Length > 0)
            .ToList();
        if (words.Count is < MinWords or > MaxWords || sentence.TrimEnd().EndsWith('?'))
        {
            return null;
        }

        var (slot, lead) = Slot(words, random);
        var kept = new List<string>();
        for (var i = 0; i < words.Count; i++)
        {
            if (i != slot && (random.NextDouble() >= DropShare || kept.Count + (words.Count - i) <= 5))
            {
                kept.Add(words[i]);
            }
        }

        if (random.NextDouble() < TypoShare)
        {
            var long6 = kept.Select((w, i) => (w, i)).Where(x => x.w.Length >= 6 && x.w.All(char.IsLetter)).ToList();
            if (long6.Count > 0)
            {
                var (word, index) = long6[random.Next(long6.Count)];
                var at = 1 + random.Next(word.Length - 3);
                kept[index] = string.Concat(word.AsSpan(0, at), word.AsSpan(at + 1, 1), word.AsSpan(at, 1), word.AsSpan(at + 2));
            }
        }

        return $"{lead} {string.Join(' ', kept)}?";
    }

    private static (int Slot, string Lead) Slot(List<string> words, Random random)
    {
        var date = words.FindIndex(w => DateWord().IsMatch(w));
        if (date >= 0)
        {
            return (date, "When");
        }

        var number = words.FindIndex(w => char.IsDigit(w[0]));
        if (number >= 0)
        {
            return (number, "How many");
        }

        var content = Enumerable.Range(1, words.Count - 1).Where(i => words[i].Length >= 5).ToList();
        return (content.Count > 0 ? content[random.Next(content.Count)] : -1, "What");
    }

    [GeneratedRegex(@"^(?:(?:19|20)\d\d|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")]
    private static partial Regex DateWord();
}
