using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using NewsBot.Hosting;

namespace NewsBot.Protection;

// Reads channelId and conversation.id of an activity POSTed to /api/messages before the rate limiter runs, so one
// conversation can be throttled on its own. The body is buffered and rewound for the endpoint, and capped at the
// endpoint's size limit first; a body that is not JSON or names no conversation is left for the endpoint to refuse.
internal sealed class ActivityConversation(RequestDelegate next, IOptions<BotOptions> options)
{
    private const string ItemKey = "NewsBot.Protection.ActivityConversation";

    public static string? Of(HttpContext context) => context.Items[ItemKey] as string;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var limit = options.Value.MaxRequestBytes;
        if (HttpMethods.IsPost(request.Method) && request.Path.Equals(BotEndpoints.Path, StringComparison.OrdinalIgnoreCase)
            && request.HasJsonContentType() && (request.ContentLength is null || request.ContentLength <= limit))
        {
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            request.EnableBuffering(bufferThreshold: (int)Math.Min(limit, 1024 * 1024));
            try
            {
                using var activity = await JsonDocument.ParseAsync(request.Body, cancellationToken: context.RequestAborted);
                context.Items[ItemKey] = Key(activity.RootElement);
            }
            catch (Exception exception) when (exception is JsonException or BadHttpRequestException)
            {
                // Not JSON, or too large: the endpoint reads the body again and answers 400 or 413.
            }

            request.Body.Position = 0;
        }

        await next(context);
    }

    // Property names as the activity reader takes them: case-insensitive, the last of duplicates wins.
    private static string? Key(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? channel = null;
        string? conversation = null;
        foreach (var property in activity.EnumerateObject())
        {
            if (property.Name.Equals("channelId", StringComparison.OrdinalIgnoreCase))
            {
                channel = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
            }
            else if (property.Name.Equals("conversation", StringComparison.OrdinalIgnoreCase))
            {
                conversation = property.Value.ValueKind == JsonValueKind.Object ? Id(property.Value) : null;
            }
        }

        return string.IsNullOrWhiteSpace(conversation) ? null : $"bf:{channel}:{conversation}";
    }

    private static string? Id(JsonElement conversation)
    {
        string? id = null;
        foreach (var property in conversation.EnumerateObject().Where(p => p.Name.Equals("id", StringComparison.OrdinalIgnoreCase)))
        {
            id = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
        }

        return id;
    }
}
