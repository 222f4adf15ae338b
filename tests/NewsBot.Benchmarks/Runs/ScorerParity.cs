using System.Diagnostics;
using FuzzySharp;
using NewsBot.Coverage.Text;

namespace NewsBot.Benchmarks.Runs;

// The engine computes FuzzySharp's token-set ratio itself, faster; this checks on pairs of corpus sentences (and
// question-like fragments of them) that it still gives FuzzySharp's number every time.
internal static class ScorerParity
{
    public static ParityResult Check(IReadOnlyList<string> sentences, int pairs, int seed)
    {
        var random = new Random(seed);
        var texts = sentences.Select(TextNormalizer.Normalize).ToList();
        var mismatches = new List<string>();
        long ours = 0, theirs = 0;
        for (var i = 0; i < pairs && texts.Count > 0; i++)
        {
            var a = texts[random.Next(texts.Count)];
            var b = random.Next(2) == 0 ? texts[random.Next(texts.Count)] : string.Join(' ', a.Split(' ').Where(_ => random.Next(3) > 0));
            var start = Stopwatch.GetTimestamp();
            var expected = Fuzz.TokenSetRatio(a, b);
            var middle = Stopwatch.GetTimestamp();
            var actual = TokenSetRatio.Of(a, b);
            ours += Stopwatch.GetTimestamp() - middle;
            theirs += middle - start;
            if (expected != actual && mismatches.Count < 5)
            {
                mismatches.Add($"FuzzySharp {expected}, NewsBot {actual}: \"{a}\" / \"{b}\"");
            }
        }

        return new ParityResult(pairs, mismatches.Count, mismatches, Micros(ours, pairs), Micros(theirs, pairs));
    }

    private static double Micros(long ticks, int pairs) => pairs == 0 ? 0 : ticks * 1_000_000.0 / Stopwatch.Frequency / pairs;
}

internal sealed record ParityResult(int Pairs, int Mismatches, IReadOnlyList<string> Examples, double NewsBotMicrosPerPair, double FuzzySharpMicrosPerPair);
