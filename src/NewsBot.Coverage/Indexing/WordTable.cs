using System.Runtime.InteropServices;

namespace NewsBot.Coverage.Indexing;

// The surface words met in one indexing run, each under a number, so that an article's word counts travel as numbers
// and a batch sums them in an array. An open-addressing table looked up by the characters themselves: a word seen
// before costs a hash and a comparison, no string (Dictionary's span lookup cost several times more here). Only the
// reading thread adds words; the writing thread looks up the words of numbers it was handed through the pipeline's
// channel, which publishes everything written before them. Words are kept in fixed chunks that never move, so a
// lookup never sees an array being replaced.
internal sealed class WordTable
{
    private const int ChunkBits = 12;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly string[][] _chunks = new string[ChunkSize][];
    private int[] _slots = new int[1 << 16];
    private int[] _hashes = new int[1 << 16];

    public int Count { get; private set; }

    public string this[int id] => _chunks[id >> ChunkBits][id & (ChunkSize - 1)];

    public int Intern(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return Add(word, hash, slot);
            }

            if (_hashes[slot] == hash && word.SequenceEqual(this[entry - 1]))
            {
                return entry - 1;
            }
        }
    }

    private int Add(ReadOnlySpan<char> word, int hash, int slot)
    {
        var id = Count;
        if (id == ChunkSize * ChunkSize)
        {
            throw new InvalidOperationException($"More than {ChunkSize * ChunkSize:N0} distinct words in one indexing run.");
        }

        (_chunks[id >> ChunkBits] ??= new string[ChunkSize])[id & (ChunkSize - 1)] = word.ToString();
        Count = id + 1;
        _slots[slot] = id + 1;
        _hashes[slot] = hash;
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }

        return id;
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var hashes = new int[slots.Length];
        var mask = slots.Length - 1;
        for (var old = 0; old < _slots.Length; old++)
        {
            if (_slots[old] == 0)
            {
                continue;
            }

            var slot = _hashes[old] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = _slots[old];
            hashes[slot] = _hashes[old];
        }

        _slots = slots;
        _hashes = hashes;
    }

    // FNV-1a over the UTF-16 code units, its high bits folded down for the mask.
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in MemoryMarshal.Cast<char, ushort>(word))
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)((hash ^ (hash >> 15)) & int.MaxValue);
    }
}
