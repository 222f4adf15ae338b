using NewsBot.Dialogs;

namespace NewsBot.Hosting;

internal static class DialogServiceExtensions
{
    // The conversation (NewsBotHandler as the IBot) with its state file resolved like every other path in the settings.
    public static IServiceCollection AddDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddNewsBotDialogs()
            .Bind(configuration.GetSection(ConversationOptions.Section))
            .PostConfigure(options => options.DatabasePath = SettingsFile.Resolve(configuration.BaseDirectory(), options.DatabasePath));
        return services;
    }
}
