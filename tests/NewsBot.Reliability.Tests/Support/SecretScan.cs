using System.Text.RegularExpressions;

namespace NewsBot.Reliability.Tests.Support;

// Secrets may appear in no response and no log line; tokens in no log line, and in responses only where they are
// handed out (token endpoints, starting or reconnecting a conversation).
internal static partial class SecretScan
{
    public static void AssertClean(IEnumerable<string> logLines, IEnumerable<string> responses, IEnumerable<string> secrets, IEnumerable<string> tokens)
    {
        var secretList = secrets.Where(s => s.Length > 0).ToList();
        var tokenList = tokens.Where(t => t.Length > 0).Distinct().ToList();
        var logs = logLines.ToList();
        Assert.NotEmpty(logs);
        foreach (var line in logs)
        {
            Assert.False(secretList.Concat(tokenList).Any(line.Contains), "A log line holds a secret or a token: " + line);
        }

        foreach (var response in responses)
        {
            Assert.False(secretList.Any(response.Contains), "A response holds a secret: " + response);
            Assert.False(!HandsOutTokens().IsMatch(response) && tokenList.Any(response.Contains), "A response holds a token it did not issue: " + response);
        }
    }

    // Every token (a JWT) in the responses that hand tokens out, stream URL tokens included.
    public static IEnumerable<string> TokensHandedOut(IEnumerable<string> responses) =>
        responses.Where(r => HandsOutTokens().IsMatch(r)).SelectMany(r => Jwt().Matches(r).Select(m => m.Value)).ToList();

    [GeneratedRegex(@"^(POST /v3/directline/tokens/(generate|refresh)|POST /v3/directline/conversations|GET /v3/directline/conversations/[^/ ]+|POST /api/directline/token) -> 2\d\d ")]
    private static partial Regex HandsOutTokens();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")]
    private static partial Regex Jwt();
}
