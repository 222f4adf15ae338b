namespace NewsBot.Coverage;

/// <summary>The news coverage NewsBot answers from: an index of article sentences with their outlets.</summary>
public interface ICoverage
{
    /// <summary>Answers a question from the indexed coverage. "Not found" is a result, never an exception.</summary>
    Task<Answer> AnswerAsync(string question, AnswerOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Every indexed article: outlet, title, date.</summary>
    Task<IReadOnlyList<SourceArticle>> ListSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>The few facts most outlets agree on, best supported first.</summary>
    Task<IReadOnlyList<Claim>> StoryAsync(int count = 3, CancellationToken cancellationToken = default);
}

/// <summary>An indexed article.</summary>
/// <param name="Source">Its file name or id.</param>
/// <param name="Outlet">Who published it.</param>
/// <param name="Title">Its headline.</param>
/// <param name="Published">Its publication date, when known.</param>
/// <param name="Url">Its address, when known.</param>
/// <param name="Sentences">How many of its sentences are indexed.</param>
public sealed record SourceArticle(string Source, string Outlet, string Title, DateOnly? Published, string? Url, int Sentences);
