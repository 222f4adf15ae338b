using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using NewsBot.Protocol;
using NewsBot.Protocol.Schema;
using NewsBot.Protocol.Turns;

namespace NewsBot.Hosting;

internal static class BotEndpoints
{
    public const string Path = "/api/messages";

    // POST /api/messages, the Bot Framework convention: the Emulator, Teams and Azure channels post activities here.
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync);
        endpoints.MapMethods(Path, ["GET", "PUT", "DELETE", "PATCH", "HEAD"], (HttpContext context) =>
        {
            context.Response.Headers.Allow = "POST";
            return Error(StatusCodes.Status405MethodNotAllowed, "MethodNotAllowed", "Only POST is accepted on /api/messages.");
        });
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, ChannelAdapter adapter, IBot bot, IOptions<BotOptions> options, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxRequestBytes;
        }

        if (request.ContentLength > options.Value.MaxRequestBytes)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The activity is larger than {options.Value.MaxRequestBytes} bytes.");
        }

        if (!request.HasJsonContentType())
        {
            return Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "Send the activity as application/json.");
        }

        AdapterResponse response;
        try
        {
            response = await adapter.ProcessActivityAsync(request.Headers.Authorization.FirstOrDefault(), request.Body, bot, cancellationToken);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "PayloadTooLarge", $"The activity is larger than {options.Value.MaxRequestBytes} bytes.");
        }

        return response.Body is null
            ? Results.StatusCode(response.StatusCode)
            : Results.Content(response.Body, AdapterResponse.ContentType, Encoding.UTF8, response.StatusCode);
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(ErrorResponse.Create(code, message), ProtocolJson.Options, AdapterResponse.ContentType, status);
}
