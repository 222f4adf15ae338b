namespace NewsBot.Protocol.Authentication;

/// <summary>The issuers of tokens the Emulator obtains with the bot's credentials (public cloud), v1 and v2 forms.</summary>
internal static class EmulatorIssuers
{
    private static readonly string[] KnownTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    /// <summary>The known issuers, plus the same two forms for the token's own tenant (single-tenant apps).</summary>
    public static string[] For(string? tokenTenantId) =>
        [.. KnownTenants.Append(tokenTenantId).OfType<string>().Where(tenant => tenant.Length > 0).SelectMany(Forms)];

    public static bool Contains(string? issuer, string? tokenTenantId) =>
        issuer is not null && For(tokenTenantId).Contains(issuer, StringComparer.Ordinal);

    private static string[] Forms(string tenant) =>
        [$"https://sts.windows.net/{tenant}/", $"https://login.microsoftonline.com/{tenant}/v2.0"];
}
