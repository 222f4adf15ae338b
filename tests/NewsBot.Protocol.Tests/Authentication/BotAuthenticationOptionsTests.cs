using NewsBot.Protocol.Authentication;

namespace NewsBot.Protocol.Tests.Authentication;

public class BotAuthenticationOptionsTests
{
    [Fact]
    public void Defaults_are_valid_anonymous_options()
    {
        var options = new BotAuthenticationOptions();

        Assert.Empty(options.Validate());
        Assert.True(options.IsAuthenticationDisabled);
        Assert.Equal(TimeSpan.FromMinutes(5), options.ClockSkew);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.ChannelOpenIdMetadataUrl);
    }

    [Fact]
    public void An_app_id_needs_a_password()
    {
        var errors = new BotAuthenticationOptions { MicrosoftAppId = "app" }.Validate();

        Assert.Contains(errors, error => error.Contains("MicrosoftAppPassword is required", StringComparison.Ordinal));
    }

    [Fact]
    public void A_managed_identity_needs_no_password()
    {
        var options = new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppType = BotAppType.UserAssignedMSI };

        Assert.Empty(options.Validate());
    }

    [Fact]
    public void A_single_tenant_app_needs_its_tenant()
    {
        var options = new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "p", MicrosoftAppType = BotAppType.SingleTenant };

        var error = Assert.Single(options.Validate());

        Assert.Contains("MicrosoftAppTenantId", error, StringComparison.Ordinal);
        Assert.Equal("botframework.com", options.TokenTenant);
        options.MicrosoftAppTenantId = "tenant-1";
        Assert.Equal("tenant-1", options.TokenTenant);
    }

    [Fact]
    public void A_password_without_an_app_id_is_a_mistake()
    {
        Assert.Single(new BotAuthenticationOptions { MicrosoftAppPassword = "p" }.Validate());
    }

    [Fact]
    public void Bad_urls_and_hosts_are_named()
    {
        var options = new BotAuthenticationOptions { ChannelOpenIdMetadataUrl = "not a url", AllowedServiceUrlHosts = ["bot.example.com", "https://x/"] };

        var errors = options.Validate();

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, error => error.StartsWith("ChannelOpenIdMetadataUrl", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.Contains("'https://x/'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_validator_reports_every_error()
    {
        var result = new BotAuthenticationOptionsValidator().Validate(null, new BotAuthenticationOptions { MicrosoftAppId = "a", MicrosoftAppType = BotAppType.SingleTenant });

        Assert.True(result.Failed);
        Assert.Equal(2, result.Failures!.Count());
    }
}
