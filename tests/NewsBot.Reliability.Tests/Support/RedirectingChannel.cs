using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Reliability.Tests.Support;

// A channel on 127.0.0.1 that answers every call with 307 to another host: a loopback serviceUrl the bot may call,
// trying to send it (and, if it carried one, its token) somewhere it may not.
internal sealed class RedirectingChannel : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RedirectingChannel(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public ConcurrentQueue<string> Calls { get; } = new();

    public static async Task<RedirectingChannel> StartAsync(string target)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var channel = new RedirectingChannel(builder.Build());
        channel._app.Run(context =>
        {
            channel.Calls.Enqueue($"{context.Request.Method} {context.Request.Path}");
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = target + context.Request.Path;
            return Task.CompletedTask;
        });
        await channel._app.StartAsync();
        channel.ServiceUrl = channel._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return channel;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
