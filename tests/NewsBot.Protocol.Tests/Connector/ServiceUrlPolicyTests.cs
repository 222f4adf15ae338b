using Microsoft.Extensions.Options;
using NewsBot.Protocol.Authentication;
using NewsBot.Protocol.Connector;

namespace NewsBot.Protocol.Tests.Connector;

public class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("http://localhost:52345")]
    [InlineData("http://LOCALHOST:52345/")]
    [InlineData("http://127.0.0.1:52345")]
    [InlineData("http://127.8.9.10/")]
    [InlineData("http://[::1]:52345/")]
    public void Anonymous_bots_may_reply_to_loopback_addresses(string serviceUrl)
    {
        Assert.True(Policy(new BotAuthenticationOptions()).IsAllowed(serviceUrl, out _));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("http://10.0.0.5:8080/")]
    [InlineData("http://localhost.evil.example/")]
    [InlineData("http://128.0.0.1/")]
    public void Anonymous_bots_refuse_other_addresses(string serviceUrl)
    {
        Assert.False(Policy(new BotAuthenticationOptions()).IsAllowed(serviceUrl, out var reason));
        Assert.Contains("AllowedServiceUrlHosts", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Listed_hosts_are_allowed_to_anonymous_bots()
    {
        var policy = Policy(new BotAuthenticationOptions { AllowedServiceUrlHosts = ["bot.example.com"] });

        Assert.True(policy.IsAllowed("https://BOT.example.com/directline/", out _));
        Assert.False(policy.IsAllowed("https://other.example.com/", out _));
    }

    [Fact]
    public void Authenticated_bots_may_reply_to_any_http_url()
    {
        var policy = Policy(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "p" });

        Assert.True(policy.IsAllowed("https://smba.trafficmanager.net/amer/", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("localhost:3978")]
    [InlineData("ftp://localhost/")]
    public void Non_http_service_urls_are_refused(string? serviceUrl)
    {
        var policy = Policy(new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "p" });

        Assert.False(policy.IsAllowed(serviceUrl, out var reason));
        Assert.Contains("not an absolute http(s) URL", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Trust_ignores_a_trailing_slash()
    {
        var trust = new ServiceUrlTrust();

        trust.Trust("https://smba.trafficmanager.net/amer/");

        Assert.True(trust.IsTrusted("https://smba.trafficmanager.net/amer"));
        Assert.False(trust.IsTrusted("https://smba.trafficmanager.net/emea/"));
    }

    private static ServiceUrlPolicy Policy(BotAuthenticationOptions options) => new(Options.Create(options));
}
