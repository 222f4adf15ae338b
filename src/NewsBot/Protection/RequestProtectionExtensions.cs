using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NewsBot.Hosting;

namespace NewsBot.Protection;

internal static class RequestProtectionExtensions
{
    // Rate limits per client address and per conversation ("RateLimits" in appsettings.json, checked at start-up) on
    // /api/messages and the Direct Line routes with ASP.NET Core's rate limiter, Direct Line's body size limit, and
    // tokens kept out of the request log.
    public static IServiceCollection AddRequestProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section), o => o.Validate());
        services.AddSingleton<SecretBearer>();
        services.AddSingleton<ThrottledResponse>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, SecretBearer, ThrottledResponse>((limiter, limits, secret, throttled) =>
        {
            if (limits.Value.Enabled)
            {
                limiter.GlobalLimiter = new RateLimitPartitions(limits.Value, secret).CreateLimiter();
                limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                limiter.OnRejected = throttled.WriteAsync;
            }
        });
        services.KeepTokensOutOfRequestLog();
        return services;
    }

    // After UseCors (MapDirectLine adds it), so a browser can read a 429 and its Retry-After.
    public static WebApplication UseRequestProtection(this WebApplication app)
    {
        app.UseMiddleware<DirectLineBodyLimit>();
        if (app.Services.GetRequiredService<IOptions<RateLimitOptions>>().Value.Enabled)
        {
            app.UseMiddleware<ActivityConversation>();
            app.UseRateLimiter();
        }

        return app;
    }
}
