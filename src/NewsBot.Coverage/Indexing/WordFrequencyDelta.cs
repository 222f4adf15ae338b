using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Indexing;

// How a batch changes the document frequency of each surface word: added articles count by word number (an array
// indexed by WordTable numbers, kept from batch to batch), removed articles by the word itself (rare: updates and
// deletions only). Changes merges the two and clears the batch.
internal sealed class WordFrequencyDelta(WordTable words)
{
    private readonly List<int> _touched = [];
    private readonly Dictionary<string, int> _byWord = new(StringComparer.Ordinal);
    private int[] _byNumber = new int[1024];

    public void Add(WordCount[] counts)
    {
        foreach (var (word, sentences) in counts)
        {
            if (word >= _byNumber.Length)
            {
                Array.Resize(ref _byNumber, Math.Max(word + 1, _byNumber.Length * 2));
            }

            if (_byNumber[word] == 0)
            {
                _touched.Add(word);
            }

            _byNumber[word] += sentences;
        }
    }

    public void Remove(IEnumerable<string> sentences)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            distinct.Clear();
            foreach (var word in TextNormalizer.Words(sentence))
            {
                if (distinct.Add(word))
                {
                    _byWord[word] = _byWord.GetValueOrDefault(word) - 1;
                }
            }
        }
    }

    public List<(string Word, int Delta)> Changes()
    {
        var changes = new List<(string, int)>(_touched.Count + _byWord.Count);
        foreach (var number in _touched)
        {
            var word = words[number];
            var delta = _byNumber[number] + (_byWord.Remove(word, out var removed) ? removed : 0);
            _byNumber[number] = 0;
            if (delta != 0)
            {
                changes.Add((word, delta));
            }
        }

        changes.AddRange(_byWord.Where(w => w.Value != 0).Select(w => (w.Key, w.Value)));
        _touched.Clear();
        _byWord.Clear();
        return changes;
    }
}
