using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Protocol.Authentication;
using NewsBot.Protocol.Connector;

namespace NewsBot.Protocol.Hosting;

/// <summary>Registers the Bot Framework protocol services.</summary>
public static class ProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ChannelAdapter"/> and what it needs as singletons, with validation of
    /// <see cref="BotAuthenticationOptions"/> at start-up. Bind the options on the returned builder, e.g.
    /// <c>services.AddBotFrameworkProtocol().Bind(configuration)</c> (the keys sit at the configuration root).
    /// Needs logging registered; uses <see cref="TimeProvider"/> from the container when there is one.
    /// </summary>
    public static OptionsBuilder<BotAuthenticationOptions> AddBotFrameworkProtocol(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProtocolHttpClient>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.TryAddSingleton<ServiceUrlTrust>();
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddSingleton(provider => new ChannelAuthenticator(
            Http(provider), provider.GetRequiredService<IOptions<BotAuthenticationOptions>>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<ChannelAuthenticator>>()));
        services.TryAddSingleton<IBotTokenProvider>(provider => new BotTokenProvider(
            Http(provider), provider.GetRequiredService<IOptions<BotAuthenticationOptions>>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<BotTokenProvider>>()));
        services.TryAddSingleton(provider => new ConnectorClientFactory(
            Http(provider), provider.GetRequiredService<IBotTokenProvider>(), provider.GetRequiredService<ServiceUrlPolicy>(),
            provider.GetRequiredService<ServiceUrlTrust>(), provider.GetRequiredService<IOptions<BotAuthenticationOptions>>()));
        services.TryAddSingleton<ChannelAdapter>();
        return services.AddOptions<BotAuthenticationOptions>().ValidateOnStart();
    }

    private static HttpClient Http(IServiceProvider provider) => provider.GetRequiredService<ProtocolHttpClient>().Client;
}
