using Microsoft.Extensions.Options;

namespace NewsBot.Hosting;

internal static class OptionsValidation
{
    // Binds a settings section and checks it when the host starts, with each options type's own rules, so a bad
    // appsettings.json stops the bot at start-up with every problem listed instead of failing on the first request.
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration section, Func<T, IReadOnlyList<string>> validate)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new Rules<T>(validate));
        return services.AddOptions<T>().Bind(section).ValidateOnStart();
    }

    private sealed class Rules<T>(Func<T, IReadOnlyList<string>> validate) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options) =>
            validate(options) is { Count: > 0 } errors ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }
}
