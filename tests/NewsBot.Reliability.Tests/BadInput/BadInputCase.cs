namespace NewsBot.Reliability.Tests.BadInput;

public enum Outcome
{
    // A 4xx with the {"error":{"code","message"}} body.
    Refused,

    // 200 and nothing sent back.
    Ignored,

    // A normal reply.
    Answered,
}

// One bad input: how to build the request for an endpoint, and what the bot must do with it.
internal sealed record BadInputCase<TTarget>(string Name, Func<TTarget, HttpRequestMessage> Request, Outcome Outcome, int Status = 200);
