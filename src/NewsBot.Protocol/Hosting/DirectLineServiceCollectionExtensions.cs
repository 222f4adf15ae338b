using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Protocol.DirectLine;

namespace NewsBot.Protocol.Hosting;

/// <summary>Registers the self-hosted Direct Line server.</summary>
public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DirectLineServer"/> and its store, streams and token service as singletons, plus the
    /// protocol services it runs turns with (<c>AddBotFrameworkProtocol</c>, if not registered yet), with validation of
    /// <see cref="DirectLineOptions"/> at start-up. Bind the options on the returned builder; resolve relative
    /// <see cref="DirectLineOptions.DatabasePath"/>s there too.
    /// </summary>
    public static OptionsBuilder<DirectLineOptions> AddDirectLineServer(this IServiceCollection services)
    {
        services.AddBotFrameworkProtocol();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<DirectLineOptions>>().Value);
        services.TryAddSingleton(provider => new DirectLineDatabase(provider.GetRequiredService<DirectLineOptions>().DatabasePath));
        services.TryAddSingleton<ConversationLog>();
        services.TryAddSingleton<ConversationStreams>();
        services.TryAddSingleton<TranscriptWriter>();
        services.TryAddSingleton<StreamPump>();
        services.TryAddSingleton<DirectLineAccounts>();
        services.TryAddSingleton<DirectLineChannel>();
        services.TryAddSingleton<RequestThrottle>();
        services.TryAddSingleton(TokenService);
        services.TryAddSingleton(provider => new DirectLineServer(
            provider.GetRequiredService<DirectLineOptions>(), provider.GetRequiredService<ConversationLog>(), provider.GetRequiredService<TranscriptWriter>(),
            provider.GetRequiredService<ConversationStreams>(), provider.GetRequiredService<StreamPump>(), provider.GetRequiredService<DirectLineTokens>(),
            provider.GetRequiredService<DirectLineChannel>(), provider.GetRequiredService<DirectLineAccounts>(), provider.GetRequiredService<RequestThrottle>(),
            provider.GetRequiredService<ChannelAdapter>(), provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<DirectLineServer>>()));
        return services.AddOptions<DirectLineOptions>().ValidateOnStart();
    }

    // Says which key signs tokens, never the secret itself.
    private static DirectLineTokens TokenService(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<DirectLineOptions>();
        var logger = provider.GetRequiredService<ILogger<DirectLineServer>>();
        byte[] key;
        if (string.IsNullOrEmpty(options.Secret))
        {
            logger.LogWarning("DirectLine:Secret is not set: secret-authorised Direct Line calls (tokens/generate, starting conversations with the secret) "
                + "are refused, and tokens are signed with a random key kept in {DatabasePath}. The page's token endpoint works as usual.", options.DatabasePath);
            key = provider.GetRequiredService<DirectLineDatabase>().SigningKey();
        }
        else
        {
            key = DirectLineTokens.DeriveKey(options.Secret);
        }

        return new DirectLineTokens(key, provider.GetRequiredService<TimeProvider>());
    }

    private sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
    {
        public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
        {
            var errors = options.Validate();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
