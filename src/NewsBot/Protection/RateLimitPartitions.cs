using System.Threading.RateLimiting;
using NewsBot.DirectLine;
using NewsBot.Hosting;

namespace NewsBot.Protection;

// Which bucket a request draws from: every limited request from a client address, and every turn of a conversation.
// CORS preflights, the page and its files, health checks and callers holding the Direct Line secret are not limited.
internal sealed class RateLimitPartitions(RateLimitOptions options, SecretBearer secret)
{
    private static readonly RateLimitPartition<string> Unlimited = RateLimitPartition.GetNoLimiter("");

    public PartitionedRateLimiter<HttpContext> CreateLimiter() => PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<HttpContext, string>(PerClient),
        PartitionedRateLimiter.Create<HttpContext, string>(PerConversation));

    private RateLimitPartition<string> PerClient(HttpContext context) =>
        IsLimited(context) ? Bucket("client:" + ClientAddress.Of(context.Connection.RemoteIpAddress), options.PerClient) : Unlimited;

    private RateLimitPartition<string> PerConversation(HttpContext context) =>
        IsLimited(context) && Conversation(context) is { } key ? Bucket(key, options.PerConversation) : Unlimited;

    private bool IsLimited(HttpContext context)
    {
        var path = context.Request.Path;
        return !HttpMethods.IsOptions(context.Request.Method)
            && (path.StartsWithSegments(BotEndpoints.Path) || path.StartsWithSegments(DirectLineEndpoints.Prefix) || path.StartsWithSegments(DirectLineEndpoints.PageTokenPath))
            && !secret.IsPresentedBy(context.Request);
    }

    // The activities that run a turn: a Bot Framework activity (its conversation read from the body) or a Direct Line post.
    private static string? Conversation(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return null;
        }

        if (context.Request.Path.StartsWithSegments(BotEndpoints.Path))
        {
            return ActivityConversation.Of(context);
        }

        return context.Request.Path.Value?.EndsWith("/activities", StringComparison.Ordinal) == true
            && context.GetRouteValue("conversationId") is string conversationId
                ? "dl:" + conversationId
                : null;
    }

    private static RateLimitPartition<string> Bucket(string key, TokenBucket bucket) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = bucket.TokenLimit,
            TokensPerPeriod = bucket.TokensPerPeriod,
            ReplenishmentPeriod = bucket.ReplenishmentPeriod,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
}
