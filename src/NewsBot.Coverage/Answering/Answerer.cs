using Microsoft.Data.Sqlite;
using NewsBot.Coverage.Storage;

namespace NewsBot.Coverage.Answering;

// Question → candidates (FTS5) → cheap re-rank → fuzzy token-set ratio on the best few → claims → answer or abstention.
internal sealed class Answerer(CoverageOptions options)
{
    private const int Refined = 12;
    private const double UndecidedMargin = 0.05;

    // Below this share of the best score a sentence neither leads a claim nor votes for a value (see ClaimGrouper).
    private const double Considered = 0.7;

    // The score of a claim too weak to offer anywhere (confidence 10).
    private static readonly double Negligible = Confidence.ScoreFor(10);

    public async Task<Answer> AnswerAsync(SqliteConnection connection, IndexSnapshot snapshot, string text, AnswerOptions answerOptions, CancellationToken cancellationToken)
    {
        var question = QuestionAnalyzer.Analyze(text, snapshot.Vocabulary, snapshot.Outlets, answerOptions.Outlet);
        if (question.Terms.Count == 0)
        {
            return Answer.NotFound(text);
        }

        var candidates = await SentenceSearch.FindAsync(connection, snapshot, question, options.Candidates, cancellationToken);
        var ranked = await RankAsync(connection, snapshot, question, candidates, cancellationToken);
        if (ranked.Count == 0)
        {
            return Answer.NotFound(text);
        }

        var groups = ClaimGrouper.Group(ranked, Math.Max(1, answerOptions.MaxClaims), snapshot.Tokens);
        var claims = new List<Claim>(groups.Count);
        foreach (var group in groups)
        {
            claims.Add(ToClaim(group));
        }

        var top = groups[0];
        var confidence = Confidence.Of(top.Lead.Features);
        if (question.Type is QuestionType.When or QuestionType.HowMany && top.Lead.Short is null)
        {
            // A "how many" or "when" question is not answered without a number or a date, however close the words.
            confidence = Math.Min(confidence, options.AnswerThreshold - 1);
        }

        if (IsUndecided(question, groups))
        {
            confidence = Math.Min(confidence, options.AnswerThreshold - 1);
        }

        if (confidence < options.AnswerThreshold)
        {
            var ambiguous = confidence >= options.AnswerThreshold - options.AmbiguityBand && claims.Count > 1;
            return ambiguous
                ? new Answer(text, AnswerStatus.Ambiguous, null, confidence, null, [], [], [], claims)
                : Answer.NotFound(text, confidence, claims);
        }

        var context = await SentenceSearch.ContextAsync(connection, top.Lead.Article.Id, top.Lead.Candidate.Position, 2, cancellationToken);
        var dates = DateResolver.Resolve(top.Lead.Text, top.Lead.Article.Published, context.Take(Math.Max(0, context.Count - 1)).ToList());
        return new Answer(text, AnswerStatus.Answered, claims[0].Text, confidence, top.Lead.Text, claims[0].Citations,
            Disagreements(question, top), dates, claims);
    }

    // A question that names too little to choose between claims ("When will they meet?", with three meetings in the
    // articles) gets the choice, not a guess: at most one specific word, and a runner-up claim about as good.
    private static bool IsUndecided(Question question, List<ClaimGroup> groups) =>
        groups.Count > 1 &&
        question.Terms.Count(t => t.Known && !t.Weak) <= 1 &&
        (groups[0].Lead.Short is null || groups[1].Lead.Short is not null) &&
        groups[1].Lead.Score >= groups[0].Lead.Score - UndecidedMargin;

    public async Task<IReadOnlyList<string>> ExplainAsync(SqliteConnection connection, IndexSnapshot snapshot, string text, int top, CancellationToken cancellationToken)
    {
        var question = QuestionAnalyzer.Analyze(text, snapshot.Vocabulary, snapshot.Outlets, null);
        var lines = new List<string>
        {
            $"type {question.Type}; outlet {question.Outlet ?? "-"}; terms " +
            string.Join(", ", question.Terms.Select(t => $"{t.Typed}{(t.Corrected ? "→" + t.Word : "")} ({t.Weight:0.00}{(t.Known ? "" : ", unknown")})")),
        };
        var candidates = await SentenceSearch.FindAsync(connection, snapshot, question, options.Candidates, cancellationToken);
        foreach (var s in (await RankAsync(connection, snapshot, question, candidates, cancellationToken)).Take(top))
        {
            var f = s.Features;
            lines.Add(FormattableString.Invariant(
                $"{s.Score:0.000} conf {Confidence.Of(f),3} cov {f.Coverage:0.00} prox {f.Proximity:0.00} type {f.TypeCue:0.0}{(f.TypeRequired ? "!" : "")} spec {f.SpecificMatched}{(f.HasUnknownTerm ? "?" : "")} fuzz {f.Fuzzy:0.00} q {f.Quality:0.00} [{s.Article.Source[..Math.Min(3, s.Article.Source.Length)]}] {s.Short?.Text ?? "-"} | {s.Text}"));
        }

        return lines;
    }

    public static async Task<List<ScoredSentence>> RankAsync(SqliteConnection connection, IndexSnapshot snapshot, Question question, IReadOnlyList<Candidate> candidates, CancellationToken cancellationToken)
    {
        var lexical = candidates
            .Select(c => (Candidate: c, Features: SentenceScorer.Lexical(question, c.Text, c.Position, snapshot.HeadlineOf(c.Article), snapshot.Tokens.Of(c.SentenceId, c.Text))))
            .OrderByDescending(x => x.Features.Grounded)
            .ThenByDescending(x => x.Candidate.Bm25)
            .ToList();

        // The answer type costs regular expressions. A sentence whose best possible score stays under the share of
        // the best score that the claims still look at, and under what any claim worth offering scores, can neither
        // lead, vote nor be offered as another claim: it is ranked as typeless.
        var floor = double.NegativeInfinity;
        var cheap = new List<(Candidate Candidate, SentenceFeatures Features, ShortAnswer? Short)>(lexical.Count);
        foreach (var (candidate, features) in lexical)
        {
            var bound = features.Grounded + SentenceFeatures.FuzzyWeight;
            if (floor > 0 && bound < Considered * floor && bound < Negligible)
            {
                cheap.Add((candidate, features with { TypeCue = 0 }, null));
                continue;
            }

            var (typed, shortAnswer) = SentenceScorer.Typed(
                question, candidate.Text, candidate.Article.Published, features, snapshot.Tokens.Of(candidate.SentenceId, candidate.Text));
            floor = Math.Max(floor, typed.Score);
            cheap.Add((candidate, typed, shortAnswer));
        }

        cheap = [.. cheap.OrderByDescending(x => x.Features.Grounded).ThenByDescending(x => x.Candidate.Bm25)];
        var found = await ArticleSupport.FindAsync(
            connection, snapshot, question, cheap.Take(Refined).Select(x => (x.Candidate.Article.Id, x.Features.Missing)), cancellationToken);
        var ranked = new List<ScoredSentence>(cheap.Count);
        for (var i = 0; i < cheap.Count; i++)
        {
            var (candidate, features, shortAnswer) = cheap[i];
            if (i < Refined)
            {
                var missing = features.Missing & ~found.GetValueOrDefault(candidate.Article.Id);
                features = SentenceScorer.Refine(question, candidate.Text, features with { Missing = missing, Unsupported = SentenceScorer.Unsupported(question, missing) },
                    snapshot.Tokens.Of(candidate.SentenceId, candidate.Text));
            }

            ranked.Add(new ScoredSentence(candidate, features, shortAnswer));
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranked;
    }

    private static Claim ToClaim(ClaimGroup group)
    {
        var lead = group.Lead;
        var citations = group.Members.Select(m => m.Article.Cite(m.Text)).ToList();
        return new Claim(lead.Short?.Text ?? lead.Text, lead.Text, Confidence.Of(lead.Features), citations);
    }

    private static IReadOnlyList<Disagreement> Disagreements(Question question, ClaimGroup group)
    {
        if (group.Dissent.Count == 0 || group.Lead.Short is null)
        {
            return [];
        }

        var versions = group.Members.Concat(group.Dissent)
            .GroupBy(s => s.Short!.Value, StringComparer.Ordinal)
            .Select(g => new DisagreementVersion(g.First().Short!.Text, g.Select(s => s.Article.Cite(s.Text)).ToList()))
            .ToList();
        var about = string.Join(' ', question.Terms.Select(t => t.Word));
        return versions.Count > 1 ? [new Disagreement(about, versions)] : [];
    }
}
