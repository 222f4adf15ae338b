namespace NewsBot.Dialogs.Tests.Support;

// A conversation written for people: "user: ..." and other inbound lines, each followed by "bot: ..." expectations
// about what the bot sent in that turn. See Transcripts/README.md for the line forms.
public sealed record Transcript(string Name, IReadOnlyList<TranscriptStep> Steps)
{
    public static Transcript Parse(string name, string text)
    {
        var steps = new List<TranscriptStep>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (verb, argument) = colon < 0 ? (line.Trim(), string.Empty) : (line[..colon].Trim(), line[(colon + 1)..].Trim());
            if (verb == "bot")
            {
                if (steps.Count == 0 || steps[^1].IsSetting)
                {
                    throw new FormatException($"{name}:{number}: a bot line must follow something the user or channel did.");
                }

                steps[^1].Expectations.Add(new TranscriptLine(number, argument));
            }
            else
            {
                steps.Add(new TranscriptStep(number, verb, argument));
            }
        }

        return new Transcript(name, steps);
    }
}

public sealed record TranscriptStep(int Line, string Verb, string Argument)
{
    public List<TranscriptLine> Expectations { get; } = [];

    public bool IsSetting => Verb is "channel" or "conversation" or "group" or "clock" or "restart";
}

public sealed record TranscriptLine(int Line, string Text);
