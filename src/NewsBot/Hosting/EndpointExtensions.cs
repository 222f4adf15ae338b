using NewsBot.Coverage;

namespace NewsBot.Hosting;

internal static class EndpointExtensions
{
    public static IEndpointRouteBuilder MapHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (ICoverage coverage, CancellationToken cancellationToken) =>
        {
            var sources = await coverage.ListSourcesAsync(cancellationToken);
            return Results.Ok(new { status = "ok", articles = sources.Count });
        });
        return endpoints;
    }
}
