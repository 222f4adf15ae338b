using System.Buffers;
using System.Numerics;
using System.Text.RegularExpressions;

namespace NewsBot.Coverage.Text;

// FuzzySharp's Fuzz.TokenSetRatio, to the same integer, at a fraction of its cost: it is called for every pair of
// candidates a claim is grouped from, and FuzzySharp's allocating, quadratic edit distance dominated an answer. The token sets and the three comparisons are the same;
// each comparison is FuzzySharp's ratio, (n − d) / n with n the two lengths together and d the edit distance without
// substitutions, which is n − 2·LCS. The longest common subsequence comes from a bit-parallel algorithm (Hyyrö),
// 64 characters of the shorter string per machine word, instead of a full dynamic-programming matrix.
internal static partial class TokenSetRatio
{
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Like FuzzySharp, nothing is similar to an empty string, not even another empty string.
    public static int Of(string first, string second)
    {
        if (first.Length == 0 || second.Length == 0)
        {
            return 0;
        }

        var tokens1 = Tokens(first);
        var tokens2 = Tokens(second);
        var shared = string.Join(' ', tokens1.Where(tokens2.Contains).Order(StringComparer.Ordinal)).Trim();
        var firstOnly = (shared + " " + string.Join(' ', tokens1.Where(t => !tokens2.Contains(t)).Order(StringComparer.Ordinal))).Trim();
        var secondOnly = (shared + " " + string.Join(' ', tokens2.Where(t => !tokens1.Contains(t)).Order(StringComparer.Ordinal))).Trim();
        return Math.Max(Compare(shared, firstOnly), Math.Max(Compare(shared, secondOnly), Compare(firstOnly, secondOnly)));
    }

    // FuzzySharp splits on runs of whitespace (an empty token at either end when there is whitespace there); text
    // from the normaliser has single spaces only, and is split without a regular expression.
    private static HashSet<string> Tokens(string text)
    {
        var plain = text[0] != ' ' && text[^1] != ' ' && !text.Contains("  ", StringComparison.Ordinal) && !text.Any(c => c != ' ' && char.IsWhiteSpace(c));
        return new HashSet<string>(plain ? text.Split(' ') : Whitespace().Split(text), StringComparer.Ordinal);
    }

    public static int Ratio(string a, string b) => a.Length == 0 || b.Length == 0 ? 0 : Compare(a, b);

    private static int Compare(string a, string b)
    {
        var total = a.Length + b.Length;
        var distance = total - (2 * CommonSubsequence(a, b));
        var ratio = distance == 0 ? 1 : (total - distance) / (double)total;
        return (int)Math.Round(100 * ratio);
    }

    public static int CommonSubsequence(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > b.Length)
        {
            var longer = a;
            a = b;
            b = longer;
        }

        if (a.Length == 0)
        {
            return 0;
        }

        var words = (a.Length + 63) / 64;

        // Each distinct character of the shorter string gets a row of match bits; ASCII ones are found by table.
        Span<int> ascii = stackalloc int[128];
        ascii.Fill(-1);
        Dictionary<char, int>? other = null;
        var symbols = 0;
        foreach (var c in a)
        {
            if (c < 128)
            {
                if (ascii[c] < 0)
                {
                    ascii[c] = symbols++;
                }
            }
            else if ((other ??= []).TryAdd(c, symbols))
            {
                symbols++;
            }
        }

        var masks = ArrayPool<ulong>.Shared.Rent((symbols * words) + words);
        try
        {
            var bits = masks.AsSpan(0, symbols * words);
            var vector = masks.AsSpan(symbols * words, words);
            bits.Clear();
            for (var i = 0; i < a.Length; i++)
            {
                var symbol = a[i] < 128 ? ascii[a[i]] : other![a[i]];
                bits[(symbol * words) + (i / 64)] |= 1UL << (i % 64);
            }

            vector.Fill(ulong.MaxValue);
            foreach (var c in b)
            {
                var symbol = c < 128 ? ascii[c] : other is not null && other.TryGetValue(c, out var found) ? found : -1;
                if (symbol < 0)
                {
                    continue;
                }

                // V ← (V + (V & M)) | (V & ~M), the addition carried across words.
                var carry = 0UL;
                var row = bits.Slice(symbol * words, words);
                for (var k = 0; k < words; k++)
                {
                    var v = vector[k];
                    var match = row[k];
                    var sum = v + (v & match);
                    var carried = sum + carry;
                    carry = (sum < v || carried < sum) ? 1UL : 0UL;
                    vector[k] = carried | (v & ~match);
                }
            }

            var zeros = 0;
            for (var k = 0; k < words; k++)
            {
                var used = k == words - 1 && a.Length % 64 != 0 ? (1UL << (a.Length % 64)) - 1 : ulong.MaxValue;
                zeros += BitOperations.PopCount(~vector[k] & used);
            }

            return zeros;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(masks);
        }
    }
}
