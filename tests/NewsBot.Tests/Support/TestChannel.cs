using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Protocol.Schema;

namespace NewsBot.Tests.Support;

// A channel that behaves like the Bot Framework Emulator's Connector side: a real Kestrel on 127.0.0.1 serving
// /v3/conversations/... as the serviceUrl, answering {"id"} and recording every activity the bot sends.
public sealed class TestChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly SemaphoreSlim _arrived = new(0);

    private TestChannel(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyCollection<RecordedCall> Calls => _calls;

    public static async Task<TestChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var channel = new TestChannel(app);
        app.MapMethods("/v3/conversations/{conversationId}/activities/{activityId?}", ["POST", "PUT", "DELETE"], channel.RecordAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        channel.ServiceUrl = address;
        return channel;
    }

    // The activities the bot sent to one conversation, waiting until at least `count` have arrived.
    public async Task<IReadOnlyList<Activity>> WaitForActivitiesAsync(string conversationId, int count, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var activities = ActivitiesFor(conversationId);
            if (activities.Count >= count)
            {
                return activities;
            }

            try
            {
                await _arrived.WaitAsync(cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {count} activities in {conversationId}, got {activities.Count}: {string.Join(" | ", activities.Select(a => a.Type + ":" + a.Text))}");
            }
        }
    }

    public List<Activity> ActivitiesFor(string conversationId) =>
        _calls.Where(c => c.ConversationId == conversationId && c.Method != "DELETE" && c.Activity is not null).Select(c => c.Activity!).ToList();

    private async Task<IResult> RecordAsync(HttpContext context, string conversationId, string? activityId)
    {
        Activity? activity = null;
        if (context.Request.Method != "DELETE")
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(context.Request.Body, ProtocolJson.Options);
        }

        _calls.Enqueue(new RecordedCall(context.Request.Method, conversationId, activityId, activity, context.Request.Headers.Authorization.ToString()));
        _arrived.Release();
        return context.Request.Method == "DELETE" ? Results.Ok() : Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}

public sealed record RecordedCall(string Method, string ConversationId, string? ActivityId, Activity? Activity, string Authorization);
