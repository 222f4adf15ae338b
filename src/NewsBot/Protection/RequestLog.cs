namespace NewsBot.Protection;

internal static class RequestLog
{
    public const string Category = "Microsoft.AspNetCore.Hosting.Diagnostics";

    // ASP.NET Core's "Request starting/finished" lines (Information, this category) print the whole URL, and a Direct
    // Line stream URL carries a token in its query (?t=...), where DirectLineJS needs it. So this one category is held
    // at Warning whatever the settings say; the rest of Microsoft.AspNetCore logs as configured.
    public static IServiceCollection KeepTokensOutOfRequestLog(this IServiceCollection services) =>
        services.Configure<LoggerFilterOptions>(options => options.Rules.Add(new LoggerFilterRule(null, Category, LogLevel.Warning, null)));
}
