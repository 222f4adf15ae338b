using NewsBot.Dialogs.Tests.Support;

namespace NewsBot.Dialogs.Tests;

public sealed class TranscriptTests(SeedCoverage seeds) : IClassFixture<SeedCoverage>
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Transcripts");

    public static TheoryData<string> Transcripts() => [.. Directory.EnumerateFiles(Folder, "*.transcript").Select(Path.GetFileName).OfType<string>().Order()];

    [Theory]
    [MemberData(nameof(Transcripts))]
    public async Task Conversation_goes_as_the_transcript_says(string file)
    {
        var transcript = Transcript.Parse(file, await File.ReadAllTextAsync(Path.Combine(Folder, file)));
        using var bot = new BotUnderTest(seeds.Coverage);
        await new TranscriptRunner(bot).RunAsync(transcript);
    }
}
