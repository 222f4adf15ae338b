namespace NewsBot.Protocol.DirectLine;

/// <summary>What the Direct Line server needs to know about an HTTP request besides its body.</summary>
/// <param name="Authorization">The <c>Authorization</c> header, if any.</param>
/// <param name="Origin">
/// The request's own scheme, host and path base (e.g. <c>https://bot.example.com</c>): stream URLs and the bot's
/// serviceUrl are built from it, so clients reconnect to the host they reached.
/// </param>
/// <param name="ClientAddress">The caller's address, the key for per-client throttling.</param>
public sealed record DirectLineRequest(string? Authorization, Uri Origin, string ClientAddress);
