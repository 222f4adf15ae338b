using System.Collections.Concurrent;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Answering;

// A sentence as the scorer reads it: its words, their stems and its normalised text; and, found on first use, its
// date and time phrases and the dates they resolve to (what "when" questions ask of every candidate).
internal sealed record SentenceTokens(string Sentence, IReadOnlyList<string> Words, string[] Stems, string Normalized)
{
    // Filled on first use; threads that race compute the same value, and each is written as one reference.
    private IReadOnlyList<string>? _datePhrases;
    private Resolved? _resolved;

    public IReadOnlyList<string> DatePhrases => _datePhrases ??= AnswerTypeCues.Dates(Sentence).Select(m => m.Value).ToList();

    public static SentenceTokens Of(string sentence)
    {
        var words = TextNormalizer.Words(sentence);
        return new SentenceTokens(sentence, words, SentenceScorer.Stems(words), string.Join(' ', words));
    }

    // The sentence's dates as resolved against the article's date alone (no context sentences).
    public List<ResolvedDate> ResolvedDates(DateOnly? published)
    {
        var resolved = _resolved;
        if (resolved is null || resolved.Published != published)
        {
            _resolved = resolved = new Resolved(published, DateResolver.Resolve(Sentence, published, []));
        }

        return resolved.Dates;
    }

    private sealed record Resolved(DateOnly? Published, List<ResolvedDate> Dates);
}

// Tokens of the sentences recently scored, for one index generation: the same sentences come back question after
// question (the seeds are a few hundred sentences), and splitting and stemming them is most of the scorer's work.
// Bounded, because a million sentences would not fit; when full it starts again.
internal sealed class SentenceTokenCache(int capacity)
{
    private readonly ConcurrentDictionary<long, SentenceTokens> _tokens = new();

    public SentenceTokens Of(long sentenceId, string sentence)
    {
        if (_tokens.TryGetValue(sentenceId, out var tokens))
        {
            return tokens;
        }

        if (_tokens.Count >= capacity)
        {
            _tokens.Clear();
        }

        return _tokens[sentenceId] = SentenceTokens.Of(sentence);
    }
}
