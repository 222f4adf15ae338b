using System.Collections.Concurrent;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Answering;

// A sentence as the scorer reads it: its words, their stems and its normalised text.
internal sealed record SentenceTokens(IReadOnlyList<string> Words, string[] Stems, string Normalized)
{
    public static SentenceTokens Of(string sentence)
    {
        var words = TextNormalizer.Words(sentence);
        return new SentenceTokens(words, SentenceScorer.Stems(words), string.Join(' ', words));
    }
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
