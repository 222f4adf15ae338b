using NewsBot.Protocol.DirectLine;
using NewsBot.Protocol.Turns;

namespace NewsBot.DirectLine;

internal static class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";
    public const string PageTokenPath = "/api/directline/token";

    // Direct Line 3.0 under /v3/directline, the WebSocket streams, and the token endpoint of the page the bot serves.
    // Adds the WebSocket and CORS middleware these endpoints need.
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseCors();
        var lifetime = app.Lifetime;
        var group = app.MapGroup(Prefix).RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        group.MapPost("/tokens/generate", (HttpContext context, DirectLineServer server) =>
            Answer(context, server.GenerateTokenAsync(context.Request.ToDirectLine(), context.Request.Body, context.RequestAborted)));
        group.MapPost("/tokens/refresh", (HttpContext context, DirectLineServer server) =>
            Answer(context, server.RefreshTokenAsync(context.Request.ToDirectLine())));
        group.MapPost("/conversations", (HttpContext context, DirectLineServer server) => WithBot(context, bot =>
            server.StartConversationAsync(context.Request.ToDirectLine(), context.Request.Body, bot, lifetime.ApplicationStopping)));
        group.MapGet("/conversations/{conversationId}", (HttpContext context, DirectLineServer server, string conversationId) =>
            Answer(context, server.ReconnectAsync(context.Request.ToDirectLine(), conversationId, context.Request.Query("watermark"), context.RequestAborted)));
        group.MapGet("/conversations/{conversationId}/activities", (HttpContext context, DirectLineServer server, string conversationId) =>
            Answer(context, server.GetActivitiesAsync(context.Request.ToDirectLine(), conversationId, context.Request.Query("watermark"), context.RequestAborted)));
        group.MapPost("/conversations/{conversationId}/activities", (HttpContext context, DirectLineServer server, string conversationId) => WithBot(context, bot =>
            server.PostActivityAsync(context.Request.ToDirectLine(), conversationId, context.Request.Body, bot, lifetime.ApplicationStopping, context.RequestAborted)));
        group.MapGet("/conversations/{conversationId}/stream", (HttpContext context, DirectLineServer server, string conversationId) =>
            StreamAsync(context, server, conversationId, lifetime.ApplicationStopping));
        group.MapMethods("/{**rest}", ["GET", "POST", "PUT", "DELETE", "PATCH"], (HttpContext context) => context.Response.WriteAsync(
            DirectLineResponse.Error(404, "NotFound", $"This Direct Line server has no {context.Request.Method} {context.Request.Path}.")));
        app.MapPost(PageTokenPath, (HttpContext context, DirectLineServer server) => context.Response.WriteAsync(server.IssuePageToken(context.Request.ToDirectLine())))
            .RequireCors(DirectLineServiceCollectionExtensions.CorsPolicy);
        return app;
    }

    private static async Task Answer(HttpContext context, Task<DirectLineResponse> response) => await context.Response.WriteAsync(await response);

    // The bot is whatever IBot the host registered; without one there is nobody to talk to.
    private static Task WithBot(HttpContext context, Func<IBot, Task<DirectLineResponse>> call) =>
        context.RequestServices.GetService<IBot>() is { } bot
            ? Answer(context, call(bot))
            : context.Response.WriteAsync(DirectLineResponse.Error(502, "BotRejectedActivity", "No bot is registered with this host."));

    private static async Task StreamAsync(HttpContext context, DirectLineServer server, string conversationId, CancellationToken stopping)
    {
        var (stream, failure) = await server.OpenStreamAsync(conversationId, context.Request.Query("t"), context.Request.Query("watermark"), context.RequestAborted);
        if (stream is null)
        {
            await context.Response.WriteAsync(failure!);
            return;
        }

        using (stream)
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                await context.Response.WriteAsync(DirectLineResponse.Error(400, "BadArgument", "Open the streamUrl as a WebSocket."));
                return;
            }

            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await server.RunStreamAsync(socket, stream, cancellation.Token);
        }
    }
}
