namespace NewsBot.Benchmarks.Questions;

// One question every system is asked. Dev questions carry what a right reply contains (null: the articles do not
// say) and the sources that support it; generated questions carry the sentence they were made from. InBbc: for a
// question the seeds do not answer but the BBC corpus does, what a right reply from the BBC's articles contains.
internal sealed record BenchQuestion(
    string Text, string Set, IReadOnlyList<string>? Expected, IReadOnlyList<string> Sources, string? FromSentence, IReadOnlyList<string>? InBbc = null)
{
    public const string Dev = "dev";
    public const string Extra = "extra";

    public bool IsDevSet => Set is Dev or Extra;
}
