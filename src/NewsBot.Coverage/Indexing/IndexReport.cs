namespace NewsBot.Coverage;

/// <summary>What one (re)indexing run changed.</summary>
/// <param name="Added">Sources indexed for the first time.</param>
/// <param name="Updated">Sources whose text or metadata changed and were re-indexed.</param>
/// <param name="Removed">Sources that are gone from disk and were removed from the index.</param>
/// <param name="Unchanged">How many sources were skipped because nothing changed.</param>
/// <param name="Skipped">Sources not indexed (duplicates of another article, no usable sentences), with the reason.</param>
/// <param name="Warnings">Files or lines that could not be read; what was indexed from them before stays.</param>
/// <param name="Articles">Articles in the index after the run.</param>
/// <param name="Sentences">Sentences in the index after the run.</param>
/// <param name="SentencesWritten">Sentences written by this run.</param>
/// <param name="Elapsed">Wall-clock time of the run.</param>
public sealed record IndexReport(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Updated,
    IReadOnlyList<string> Removed,
    int Unchanged,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> Warnings,
    int Articles,
    int Sentences,
    int SentencesWritten,
    TimeSpan Elapsed)
{
    /// <summary>True when the run changed nothing in the index.</summary>
    public bool NothingChanged => Added.Count == 0 && Updated.Count == 0 && Removed.Count == 0;
}
