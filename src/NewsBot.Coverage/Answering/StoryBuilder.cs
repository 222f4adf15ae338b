using Microsoft.Data.Sqlite;
using NewsBot.Coverage.Storage;
using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Answering;

// "What's the story?": the facts the most outlets print. Sentences of different articles that share most of their
// content words are taken to state the same fact; the facts printed by the most outlets come first.
internal static class StoryBuilder
{
    private const int MaxArticles = 40;
    private const int MinWords = 8;
    private const double MinOverlap = 0.5;
    private const int MinShared = 4;

    public static async Task<IReadOnlyList<Claim>> BuildAsync(SqliteConnection connection, IndexSnapshot snapshot, CancellationToken cancellationToken)
    {
        var articles = snapshot.Articles.Values
            .OrderByDescending(a => a.Published ?? DateOnly.MinValue)
            .Take(MaxArticles)
            .ToDictionary(a => a.Id);
        var sentences = await LoadAsync(connection, articles, cancellationToken);

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var stem in sentences[i].Stems)
            {
                if (!postings.TryGetValue(stem, out var list))
                {
                    postings[stem] = list = [];
                }

                list.Add(i);
            }
        }

        var links = new List<int>[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var shared = new Dictionary<int, int>();
            foreach (var stem in sentences[i].Stems)
            {
                foreach (var j in postings[stem])
                {
                    if (sentences[j].Article.Id != sentences[i].Article.Id)
                    {
                        shared[j] = shared.GetValueOrDefault(j) + 1;
                    }
                }
            }

            links[i] = shared
                .Where(p => p.Value >= MinShared && p.Value >= MinOverlap * Math.Min(sentences[i].Stems.Count, sentences[p.Key].Stems.Count))
                .OrderByDescending(p => p.Value)
                .Select(p => p.Key)
                .ToList();
        }

        var taken = new bool[sentences.Count];
        var claims = new List<(int Outlets, int Links, Claim Claim)>();
        foreach (var i in Enumerable.Range(0, sentences.Count).OrderByDescending(i => Outlets(i, sentences, links)).ThenByDescending(i => links[i].Count))
        {
            if (taken[i] || links[i].Count == 0)
            {
                continue;
            }

            taken[i] = true;
            var citations = new List<Citation> { sentences[i].Article.Cite(sentences[i].Text) };
            var cited = new HashSet<long> { sentences[i].Article.Id };
            foreach (var j in links[i])
            {
                taken[j] = true;
                if (cited.Add(sentences[j].Article.Id))
                {
                    citations.Add(sentences[j].Article.Cite(sentences[j].Text));
                }
            }

            var outlets = citations.Select(c => c.Outlet).Distinct(StringComparer.Ordinal).Count();
            var confidence = (int)Math.Round(100.0 * citations.Count / Math.Max(1, articles.Count));
            claims.Add((outlets, links[i].Count, new Claim(sentences[i].Text, sentences[i].Text, confidence, citations)));
        }

        return claims.OrderByDescending(c => c.Outlets).ThenByDescending(c => c.Links).Select(c => c.Claim).Take(20).ToList();
    }

    private static int Outlets(int i, List<StorySentence> sentences, List<int>[] links) =>
        links[i].Select(j => sentences[j].Article.Id).Append(sentences[i].Article.Id).Distinct().Count();

    private static async Task<List<StorySentence>> LoadAsync(SqliteConnection connection, Dictionary<long, ArticleInfo> articles, CancellationToken cancellationToken)
    {
        var sentences = new List<StorySentence>();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id, text FROM sentences WHERE article_id IN (SELECT value FROM json_each($ids)) ORDER BY article_id, position;";
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', articles.Keys) + "]");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!articles.TryGetValue(reader.GetInt64(0), out var article))
            {
                continue;
            }

            var text = reader.GetString(1);
            var words = TextNormalizer.Words(text);
            if (words.Count < MinWords || text.TrimEnd().EndsWith('?'))
            {
                continue;
            }

            var stems = words.Where(w => !Stopwords.Contains(w)).Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
            sentences.Add(new StorySentence(article, text, stems));
        }

        return sentences;
    }

    private sealed record StorySentence(ArticleInfo Article, string Text, HashSet<string> Stems);
}
