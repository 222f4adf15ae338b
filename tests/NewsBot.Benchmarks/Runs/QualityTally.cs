using NewsBot.Benchmarks.Questions;

namespace NewsBot.Benchmarks.Runs;

internal sealed class QualityTally
{
    private readonly Dictionary<string, int[]> _sets = new(StringComparer.Ordinal)
    {
        [BenchQuestion.Dev] = new int[5],
        [BenchQuestion.Extra] = new int[5],
    };

    private readonly SortedDictionary<string, int[]> _generated = new(StringComparer.Ordinal);

    public void Add(BenchQuestion question, SystemReply reply)
    {
        if (!_sets.TryGetValue(question.Set, out var counts))
        {
            if (!_generated.TryGetValue(question.Set, out var generated))
            {
                _generated[question.Set] = generated = new int[3];
            }

            generated[0]++;
            generated[1] += reply.TopSentence is not null && reply.TopSentence == question.FromSentence ? 1 : 0;
            generated[2] += reply.Answered ? 1 : 0;
            return;
        }

        counts[0]++;
        if (question.Expected is null)
        {
            // Abstaining is right; so is the answer the BBC corpus holds, when the BBC is indexed and only it is cited.
            counts[3]++;
            counts[4] += !reply.Answered || (question.InBbc is { } inBbc && Supported(reply, inBbc, ["bbc/"])) ? 1 : 0;
            return;
        }

        counts[1]++;
        counts[2] += Supported(reply, question.Expected, question.Sources) ? 1 : 0;
    }

    private static bool Supported(SystemReply reply, IReadOnlyList<string> expected, IReadOnlyList<string> sources) =>
        reply.Answered
        && expected.Any(e => reply.Reply.Contains(e, StringComparison.OrdinalIgnoreCase))
        && reply.Sources.Count > 0
        && reply.Sources.All(s => sources.Any(p => s.StartsWith(p, StringComparison.Ordinal)));

    public QualityStats Result() =>
        new(Score(BenchQuestion.Dev), Score(BenchQuestion.Extra), _generated.Select(g => new GeneratedScore(g.Key, g.Value[0], g.Value[1], g.Value[2])).ToList());

    private SetScore Score(string set)
    {
        var c = _sets[set];
        return new SetScore(c[0], c[1], c[2], c[3], c[4]);
    }
}
