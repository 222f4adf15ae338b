namespace NewsBot.Hosting;

internal static class ConfigurationExtensions
{
    // Replaces the default appsettings sources with the repository's one file; environment variables and the
    // command line still override it (NewsBot__..., --Coverage:DatabasePath=...).
    public static IConfigurationBuilder AddNewsBotSettings(this IConfigurationManager configuration, string contentRoot, string[] args)
    {
        var path = SettingsFile.Locate(contentRoot);
        configuration.AddJsonFile(path, optional: false, reloadOnChange: false);
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["NewsBot:BaseDirectory"] = SettingsFile.BaseDirectory(path) });
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
        return configuration;
    }

    public static string BaseDirectory(this IConfiguration configuration) =>
        configuration["NewsBot:BaseDirectory"] ?? Directory.GetCurrentDirectory();
}
