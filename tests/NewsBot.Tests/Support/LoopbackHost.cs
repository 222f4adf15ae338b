using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Tests.Support;

// What every end-to-end host of the test projects shares: the real NewsBot on an ephemeral 127.0.0.1 port with each
// of its SQLite files in one temp folder, the test's own settings on top.
public static class LoopbackHost
{
    public static Dictionary<string, string?> Settings(string folder, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Coverage:DatabasePath"] = Path.Combine(folder, "coverage.db"),
            ["Conversation:DatabasePath"] = Path.Combine(folder, "conversations.db"),
            ["DirectLine:DatabasePath"] = Path.Combine(folder, "directline.db"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in overrides ?? [])
        {
            settings[key] = value;
        }

        return settings;
    }

    // Starts the server if it is not running yet and returns where Kestrel listens.
    public static Uri Address<T>(this WebApplicationFactory<T> factory)
        where T : class
    {
        factory.StartServer();
        return new Uri(factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
    }
}
