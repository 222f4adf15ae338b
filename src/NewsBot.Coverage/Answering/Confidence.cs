namespace NewsBot.Coverage.Answering;

// Maps a sentence's score to 0–100. The midpoint and slope were fitted on the development questions so that
// the default threshold of 50 separates answers from guesses; a question word the coverage never mentions caps
// the confidence, because the sentence found can then only be about something else.
internal static class Confidence
{
    private const double Midpoint = 0.47;
    private const double Slope = 14;

    public static int Of(SentenceFeatures features)
    {
        var confidence = 100.0 / (1.0 + Math.Exp(-Slope * (features.Score - Midpoint)));
        return (int)Math.Round(Math.Clamp(confidence, 0, 100));
    }

    // The score a sentence needs for a confidence: the inverse of Of.
    public static double ScoreFor(int confidence) => Midpoint - (Math.Log((100.0 / confidence) - 1) / Slope);
}
