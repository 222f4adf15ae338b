using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using NewsBot.DirectLine;
using NewsBot.Protocol.DirectLine;
using NewsBot.Protocol.Schema;

namespace NewsBot.Protection;

// Caps Direct Line request bodies at DirectLine:MaxActivityBytes with 413: a declared length over it is refused before
// anything is read, and a body sent without a length stops at the limit (Kestrel counts the bytes and throws).
internal sealed class DirectLineBodyLimit(RequestDelegate next, IOptions<DirectLineOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method)
            || !(request.Path.StartsWithSegments(DirectLineEndpoints.Prefix) || request.Path.StartsWithSegments(DirectLineEndpoints.PageTokenPath)))
        {
            await next(context);
            return;
        }

        var limit = options.Value.MaxActivityBytes;
        if (request.ContentLength > limit)
        {
            await TooLargeAsync(context, limit);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge && !context.Response.HasStarted)
        {
            await TooLargeAsync(context, limit);
        }
    }

    private static Task TooLargeAsync(HttpContext context, int limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var error = ErrorResponse.Create("PayloadTooLarge", $"The request body is larger than {limit} bytes (DirectLine:MaxActivityBytes).");
        return context.Response.WriteAsJsonAsync(error, ProtocolJson.Options, context.RequestAborted);
    }
}
