using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Protocol.Authentication;
using NewsBot.Protocol.Hosting;

namespace NewsBot.Protocol.Tests.Adapter;

public class ServiceRegistrationTests
{
    [Fact]
    public void The_adapter_and_its_services_resolve_as_singletons()
    {
        using var provider = Services(options => options.MicrosoftAppId = null).BuildServiceProvider();

        var adapter = provider.GetRequiredService<ChannelAdapter>();

        Assert.Same(adapter, provider.GetRequiredService<ChannelAdapter>());
        Assert.Same(provider.GetRequiredService<IBotTokenProvider>(), provider.GetRequiredService<IBotTokenProvider>());
    }

    [Fact]
    public void Invalid_options_are_reported_when_read()
    {
        using var provider = Services(options => options.MicrosoftAppId = "app-without-password").BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<BotAuthenticationOptions>>();
        var exception = Assert.Throws<OptionsValidationException>(() => options.Value);

        Assert.Contains("MicrosoftAppPassword is required", exception.Message, StringComparison.Ordinal);
    }

    private static ServiceCollection Services(Action<BotAuthenticationOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddBotFrameworkProtocol().Configure(configure);
        return services;
    }
}
