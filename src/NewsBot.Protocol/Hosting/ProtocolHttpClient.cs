namespace NewsBot.Protocol.Hosting;

/// <summary>
/// The one HttpClient the protocol services share (Connector calls, token and key fetches). Pooled connections are
/// recycled so DNS changes of the channels' hosts are picked up. Redirects are not followed: a serviceUrl that answers
/// 307 would otherwise carry the bot's activities past <see cref="Connector.ServiceUrlPolicy"/> to any host it names.
/// </summary>
internal sealed class ProtocolHttpClient : IDisposable
{
    public HttpClient Client { get; } = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public void Dispose() => Client.Dispose();
}
