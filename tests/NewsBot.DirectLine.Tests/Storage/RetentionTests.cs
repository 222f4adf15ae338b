using System.Net;
using Microsoft.Extensions.Time.Testing;
using NewsBot.DirectLine.Tests.Support;

namespace NewsBot.DirectLine.Tests.Storage;

public sealed class RetentionTests
{
    [Fact]
    public async Task Conversations_idle_past_the_retention_are_deleted_by_the_background_cleanup_and_active_ones_kept()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new DirectLineHost(new Dictionary<string, string?>
        {
            ["DirectLine:Retention"] = "01:00:00",
            ["DirectLine:CleanupInterval"] = "00:10:00",
            ["DirectLine:TokenLifetime"] = "1.00:00:00",
        }, clock);
        using var rest = host.Rest();
        var (idle, _, _) = await rest.StartAsync();
        clock.Advance(TimeSpan.FromMinutes(40));
        var (active, _, _) = await rest.StartAsync();

        clock.Advance(TimeSpan.FromMinutes(30));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        Reply gone;
        do
        {
            await Task.Delay(50);
            gone = await rest.GetAsync($"/v3/directline/conversations/{idle}", DirectLineHost.Secret);
        }
        while (gone.Status != HttpStatusCode.NotFound && DateTime.UtcNow < deadline);
        var kept = await rest.GetAsync($"/v3/directline/conversations/{active}/activities", DirectLineHost.Secret);

        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal(HttpStatusCode.OK, kept.Status);
        Assert.Single(kept.Activities);
    }
}
