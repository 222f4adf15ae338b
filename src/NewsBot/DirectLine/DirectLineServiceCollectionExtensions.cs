using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;
using NewsBot.Hosting;
using NewsBot.Protocol.DirectLine;
using NewsBot.Protocol.Hosting;

namespace NewsBot.DirectLine;

internal static class DirectLineServiceCollectionExtensions
{
    public const string CorsPolicy = "DirectLine";

    // The self-hosted Direct Line: the server from NewsBot.Protocol with the "DirectLine" settings (a relative database
    // path is relative to the repository, like the other paths), CORS for the configured origins, and the retention cleanup.
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDirectLineServer()
            .Bind(configuration.GetSection(DirectLineOptions.Section))
            .PostConfigure(options => options.DatabasePath = SettingsFile.Resolve(configuration.BaseDirectory(), options.DatabasePath));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins([.. directLine.Value.AllowedOrigins])
            .WithMethods("GET", "POST", "OPTIONS")
            .WithHeaders("authorization", "content-type", "x-ms-bot-agent")
            .WithExposedHeaders("Retry-After")
            // Named origins, never "*": DirectLineJS sends credentials on some calls, and browsers refuse "*" for those.
            .AllowCredentials()
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        services.AddHostedService<DirectLineCleanup>();
        return services;
    }
}
