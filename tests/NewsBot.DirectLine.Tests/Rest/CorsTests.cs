using System.Net;
using NewsBot.DirectLine.Tests.Support;

namespace NewsBot.DirectLine.Tests.Rest;

public sealed class CorsTests
{
    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient http, string path, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");
        return await http.SendAsync(request);
    }

    [Theory]
    [InlineData("/v3/directline/conversations")]
    [InlineData("/v3/directline/conversations/abc/activities")]
    [InlineData("/v3/directline/tokens/refresh")]
    [InlineData("/api/directline/token")]
    public async Task A_configured_origin_passes_the_preflight_with_the_headers_DirectLineJS_sends(string path)
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();

        using var response = await PreflightAsync(rest.Http, path, "https://news.example.com");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("https://news.example.com", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal("true", response.Headers.GetValues("Access-Control-Allow-Credentials").Single());
        var allowed = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.All(["authorization", "content-type", "x-ms-bot-agent"], header => Assert.Contains(header, allowed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_origin_gets_no_CORS_grant()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();

        using var response = await PreflightAsync(rest.Http, "/v3/directline/conversations", "https://evil.example.net");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_cross_origin_call_from_a_configured_origin_is_granted_by_name_never_by_wildcard()
    {
        using var host = new DirectLineHost();
        using var rest = host.Rest();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        request.Headers.Add("Origin", "https://news.example.com");

        using var response = await rest.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://news.example.com", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }
}
