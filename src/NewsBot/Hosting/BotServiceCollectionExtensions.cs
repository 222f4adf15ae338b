using NewsBot.Protocol.Hosting;

namespace NewsBot.Hosting;

internal static class BotServiceCollectionExtensions
{
    // The Bot Framework protocol (adapter, channel auth, Connector client) with the credentials at the root of the
    // settings, as the SDK reads them.
    public static IServiceCollection AddBotEndpoint(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFrameworkProtocol().Bind(configuration);
        services.AddValidatedOptions<BotOptions>(configuration.GetSection(BotOptions.Section), o => o.Validate());
        return services;
    }
}
