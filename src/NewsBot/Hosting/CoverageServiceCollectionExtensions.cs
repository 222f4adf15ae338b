using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Coverage;

namespace NewsBot.Hosting;

internal static class CoverageServiceCollectionExtensions
{
    public static IServiceCollection AddCoverage(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<CoverageOptions>(configuration.GetSection(CoverageOptions.Section), o => o.Validate())
            .PostConfigure(options =>
            {
                var baseDirectory = configuration.BaseDirectory();
                options.DatabasePath = SettingsFile.Resolve(baseDirectory, options.DatabasePath);
                options.SeedsPath = SettingsFile.Resolve(baseDirectory, options.SeedsPath);
            });
        services.AddSingleton(sp => new NewsCoverage(
            sp.GetRequiredService<IOptions<CoverageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<NewsCoverage>>()));
        services.AddSingleton<ICoverage>(sp => sp.GetRequiredService<NewsCoverage>());
        services.AddHostedService<SeedIndexer>();
        return services;
    }
}
