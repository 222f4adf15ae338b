using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Coverage.Answering;
using NewsBot.Coverage.Storage;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Evaluation;

/// <summary>Ranks each question's candidate sentences with the engine's scorer (JSON lines: question, candidates with labels).</summary>
public static partial class RankingEvaluator
{
    /// <summary>Scores the ranking of every question in the file.</summary>
    public static RankingReport Run(string path)
    {
        var items = File.ReadLines(path)
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(Parse)
            .ToList();

        // Document frequencies over every candidate of the file stand in for the index's.
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        foreach (var item in items)
        {
            foreach (var candidate in item.Candidates)
            {
                total++;
                foreach (var word in TextNormalizer.Words(candidate.Text).Distinct(StringComparer.Ordinal))
                {
                    df[word] = df.GetValueOrDefault(word) + 1;
                }
            }
        }

        var vocabulary = new Vocabulary(df, total);
        var article = new ArticleInfo(0, "trecqa", "", "", null, null, 0);
        double map = 0, mrr = 0, p1 = 0;
        var counted = 0;
        foreach (var item in items)
        {
            if (!item.Candidates.Any(c => c.Relevant) || item.Candidates.All(c => c.Relevant))
            {
                continue;
            }

            var question = QuestionAnalyzer.Analyze(item.Question, vocabulary, [], null);
            var candidates = item.Candidates.Select((c, i) => new Candidate(i, article, i, c.Text, 0)).ToList();
            var ranked = candidates
                .Select(c => (c.SentenceId, Score: SentenceScorer.Refine(question, c.Text, SentenceScorer.Cheap(question, c.Text, null).Features).Score))
                .OrderByDescending(x => x.Score)
                .ThenBy(x => x.SentenceId)
                .Select(x => item.Candidates[(int)x.SentenceId].Relevant)
                .ToList();

            counted++;
            var hits = 0;
            double precisionSum = 0;
            for (var rank = 0; rank < ranked.Count; rank++)
            {
                if (ranked[rank])
                {
                    hits++;
                    precisionSum += (double)hits / (rank + 1);
                    if (hits == 1)
                    {
                        mrr += 1.0 / (rank + 1);
                    }
                }
            }

            map += precisionSum / hits;
            p1 += ranked[0] ? 1 : 0;
        }

        return counted == 0 ? new RankingReport(0, 0, 0, 0) : new RankingReport(counted, map / counted, mrr / counted, p1 / counted);
    }

    private static RankingItem Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var candidates = root.GetProperty("candidates").EnumerateArray()
            .Select(c => new RankingCandidate(Unmask(c.GetProperty("text").GetString() ?? ""), c.GetProperty("label").GetInt32() == 1))
            .ToList();
        return new RankingItem(root.GetProperty("question").GetString() ?? "", candidates);
    }

    // TrecQA masks every number as "<num>"; a plausible number in its place lets the date and number cues see one
    // (a year after "in", "since", "of"; a day or count elsewhere).
    private static string Unmask(string text) => MaskedYear().Replace(MaskedNumber().Replace(text, m => m.Groups[1].Success ? m.Value : "12"), "$1 1990");

    [GeneratedRegex(@"\b(in|since|of|until|by)\s+<num>")]
    private static partial Regex MaskedYear();

    [GeneratedRegex(@"(\b(?:in|since|of|until|by)\s+)?<num>")]
    private static partial Regex MaskedNumber();

    private sealed record RankingItem(string Question, List<RankingCandidate> Candidates);

    private sealed record RankingCandidate(string Text, bool Relevant);
}
