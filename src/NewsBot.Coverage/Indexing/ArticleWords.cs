using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Coverage.Indexing;

// Reads an article's sentences word by word once, for two things: the hash of its normalised text (sentences joined
// by line breaks, words by spaces, as UTF-8), which finds the same text under another id, and how many sentences
// hold each surface word, the article's share of the document frequencies. One instance serves one thread, reusing
// its buffers from article to article.
internal sealed class ArticleWords(WordTable words)
{
    private char[] _word = new char[64];
    private byte[] _normalized = new byte[16 * 1024];
    private int _normalizedLength;
    private int[] _lastSentence = [];
    private int[] _sentences = [];
    private readonly List<int> _touched = [];
    private int _sentence;

    public (string TextHash, WordCount[] Counts) Read(IReadOnlyList<string> sentences)
    {
        _normalizedLength = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i > 0)
            {
                AppendUtf8("\n");
            }

            _sentence++;
            var first = true;
            var scan = new SurfaceWords(sentences[i], _word);
            foreach (var word in scan)
            {
                if (!first)
                {
                    AppendUtf8(" ");
                }

                first = false;
                AppendUtf8(word);
                Count(words.Intern(word));
            }

            _word = scan.Buffer;
        }

        var counts = new WordCount[_touched.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            var id = _touched[i];
            counts[i] = new WordCount(id, _sentences[id]);
            _sentences[id] = 0;
        }

        _touched.Clear();
        var hash = Convert.ToHexString(SHA256.HashData(_normalized.AsSpan(0, _normalizedLength)));
        return (hash, counts);
    }

    private void Count(int id)
    {
        if (id >= _lastSentence.Length)
        {
            var size = Math.Max(1024, Math.Max(id + 1, _lastSentence.Length * 2));
            Array.Resize(ref _lastSentence, size);
            Array.Resize(ref _sentences, size);
        }

        if (_lastSentence[id] == _sentence)
        {
            return;
        }

        _lastSentence[id] = _sentence;
        if (_sentences[id]++ == 0)
        {
            _touched.Add(id);
        }
    }

    private void AppendUtf8(ReadOnlySpan<char> text)
    {
        var needed = _normalizedLength + Encoding.UTF8.GetMaxByteCount(text.Length);
        if (needed > _normalized.Length)
        {
            Array.Resize(ref _normalized, Math.Max(needed, _normalized.Length * 2));
        }

        _normalizedLength += Encoding.UTF8.GetBytes(text, _normalized.AsSpan(_normalizedLength));
    }
}
