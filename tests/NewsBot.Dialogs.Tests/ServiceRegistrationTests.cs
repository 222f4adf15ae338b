using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Coverage;
using NewsBot.Dialogs.Tests.Support;
using NewsBot.Protocol.Turns;

namespace NewsBot.Dialogs.Tests;

public sealed class ServiceRegistrationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_handler_is_one_singleton_served_as_the_bot()
    {
        using var provider = Provider(options => options.DatabasePath = _folder.File("conversations.db"));
        var handler = provider.GetRequiredService<NewsBotHandler>();
        Assert.Same(handler, provider.GetRequiredService<IBot>());
        Assert.Same(handler, provider.GetRequiredService<NewsBotHandler>());
    }

    [Fact]
    public void Invalid_options_stop_the_handler_from_being_built()
    {
        using var provider = Provider(options => options.IdleExpiry = TimeSpan.Zero);
        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<NewsBotHandler>());
        Assert.Contains("Conversation:IdleExpiry", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(Action<ConversationOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICoverage>(new UnusedCoverage());
        services.AddNewsBotDialogs().Configure(configure);
        return services.BuildServiceProvider();
    }

    // Building the handler must not touch the coverage.
    private sealed class UnusedCoverage : ICoverage
    {
        public Task<Answer> AnswerAsync(string question, AnswerOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not expected");

        public Task<IReadOnlyList<SourceArticle>> ListSourcesAsync(CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not expected");

        public Task<IReadOnlyList<Claim>> StoryAsync(int count = 3, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not expected");
    }
}
