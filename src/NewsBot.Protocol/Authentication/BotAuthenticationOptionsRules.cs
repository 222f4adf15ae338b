namespace NewsBot.Protocol.Authentication;

internal static class BotAuthenticationOptionsRules
{
    public static IReadOnlyList<string> Check(BotAuthenticationOptions options)
    {
        var errors = new List<string>();
        CheckCredentials(options, errors);
        CheckUrl(nameof(options.ChannelOpenIdMetadataUrl), options.ChannelOpenIdMetadataUrl, errors);
        CheckUrl(nameof(options.EmulatorOpenIdMetadataUrl), options.EmulatorOpenIdMetadataUrl, errors);
        CheckUrl(nameof(options.TokenEndpoint), options.TokenEndpoint.Replace("{tenant}", options.TokenTenant, StringComparison.Ordinal), errors);
        if (string.IsNullOrWhiteSpace(options.ChannelIssuer))
        {
            errors.Add("ChannelIssuer must not be empty.");
        }

        if (string.IsNullOrWhiteSpace(options.OAuthScope))
        {
            errors.Add("OAuthScope must not be empty.");
        }

        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromHours(1))
        {
            errors.Add($"ClockSkew must be between 0 and 1 hour; it is {options.ClockSkew}.");
        }

        if (options.SigningKeyRefreshInterval <= TimeSpan.Zero)
        {
            errors.Add("SigningKeyRefreshInterval must be positive.");
        }

        foreach (var host in options.AllowedServiceUrlHosts.Where(host => Uri.CheckHostName(host) == UriHostNameType.Unknown))
        {
            errors.Add($"AllowedServiceUrlHosts entry '{host}' is not a host name (give the host only, without scheme, port or path).");
        }

        return errors;
    }

    private static void CheckCredentials(BotAuthenticationOptions options, List<string> errors)
    {
        if (!Enum.IsDefined(options.MicrosoftAppType))
        {
            errors.Add($"MicrosoftAppType '{options.MicrosoftAppType}' is not MultiTenant, SingleTenant or UserAssignedMSI.");
        }

        if (options.IsAuthenticationDisabled)
        {
            if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
            {
                errors.Add("MicrosoftAppPassword is set but MicrosoftAppId is empty: set both, or neither for local anonymous mode.");
            }

            return;
        }

        if (options.MicrosoftAppType != BotAppType.UserAssignedMSI && string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            errors.Add($"MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType is {options.MicrosoftAppType}.");
        }

        if (options.MicrosoftAppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            errors.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
        }
    }

    private static void CheckUrl(string name, string? value, List<string> errors)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            errors.Add($"{name} must be an absolute http(s) URL; it is '{value}'.");
        }
    }
}
