namespace NewsBot.Reliability.Tests.Support;

internal static class LoadSettings
{
    // A load test's clients all come from 127.0.0.1: lift the per-address limits (the host's rate limit and Direct
    // Line's own limit on starting conversations), keep the per-conversation ones, and log warnings only.
    public static Dictionary<string, string?> OneAddressManyClients() => new()
    {
        ["RateLimits:PerClient:TokenLimit"] = "1000000",
        ["RateLimits:PerClient:TokensPerPeriod"] = "1000000",
        ["DirectLine:ConversationsPerMinute"] = "1000000",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    // The seed questions the load asks in turn, each made unique to its conversation and place.
    public static readonly string[] Questions =
    [
        "When are the Geneva talks?",
        "Who will lead the US delegation?",
        "How many troops are at the border?",
        "Where will Biden and Putin talk?",
    ];

    public static string Question(int conversation, int number) => $"{Questions[number % Questions.Length]} (conversation {conversation}, question {number})";
}
