using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Coverage;
using NewsBot.Dialogs.State;
using NewsBot.Protocol.Turns;

namespace NewsBot.Dialogs;

/// <summary>Registers the NewsBot conversation.</summary>
public static class DialogServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NewsBotHandler"/> (also as <see cref="IBot"/>) and its conversation state store as singletons,
    /// with <see cref="ConversationOptions"/> validated at start-up. Bind the options on the returned builder, e.g.
    /// <c>services.AddNewsBotDialogs().Bind(configuration.GetSection(ConversationOptions.Section))</c>, and resolve a
    /// relative <see cref="ConversationOptions.DatabasePath"/> there if it should not be relative to the working directory.
    /// Needs <see cref="ICoverage"/> registered; uses <see cref="TimeProvider"/> and logging from the container when present.
    /// </summary>
    public static OptionsBuilder<ConversationOptions> AddNewsBotDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConversationOptions>, ConversationOptionsValidator>());
        services.TryAddSingleton(provider => new ConversationStore(
            provider.GetRequiredService<IOptions<ConversationOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            Logger<ConversationStore>(provider)));
        services.TryAddSingleton(provider => new NewsBotHandler(
            provider.GetRequiredService<ICoverage>(),
            provider.GetRequiredService<ConversationStore>(),
            provider.GetRequiredService<IOptions<ConversationOptions>>().Value,
            provider.GetRequiredService<TimeProvider>(),
            Logger<NewsBotHandler>(provider)));
        services.TryAddSingleton<IBot>(provider => provider.GetRequiredService<NewsBotHandler>());
        return services.AddOptions<ConversationOptions>().ValidateOnStart();
    }

    private static ILogger<T> Logger<T>(IServiceProvider provider) =>
        provider.GetService<ILogger<T>>() ?? NullLogger<T>.Instance;
}
