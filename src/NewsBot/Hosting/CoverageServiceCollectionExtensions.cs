using Microsoft.Extensions.Options;
using NewsBot.Coverage;

namespace NewsBot.Hosting;

internal static class CoverageServiceCollectionExtensions
{
    public static IServiceCollection AddCoverage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<CoverageOptions>()
            .Bind(configuration.GetSection(CoverageOptions.Section))
            .PostConfigure(options =>
            {
                var baseDirectory = configuration.BaseDirectory();
                options.DatabasePath = SettingsFile.Resolve(baseDirectory, options.DatabasePath);
                options.SeedsPath = SettingsFile.Resolve(baseDirectory, options.SeedsPath);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<CoverageOptions>, CoverageOptionsValidator>();
        services.AddSingleton(sp => new NewsCoverage(
            sp.GetRequiredService<IOptions<CoverageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<NewsCoverage>>()));
        services.AddSingleton<ICoverage>(sp => sp.GetRequiredService<NewsCoverage>());
        services.AddHostedService<SeedIndexer>();
        return services;
    }

    private sealed class CoverageOptionsValidator : IValidateOptions<CoverageOptions>
    {
        public ValidateOptionsResult Validate(string? name, CoverageOptions options)
        {
            var errors = options.Validate();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
