using Microsoft.Extensions.FileProviders;

namespace NewsBot.WebChat;

internal static class WebChatEndpoints
{
    // The build copies the page and Web Chat's dist/webchat.js beside the binaries, so the host serves them wherever it
    // runs from (a clone, a test's output folder, a published folder) and needs no internet.
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "webchat");

    // GET / is the chat page; /webchat/* its script, style and the widget.
    public static WebApplication MapWebChat(this WebApplication app)
    {
        IFileProvider files = Directory.Exists(Folder) ? new PhysicalFileProvider(Folder) : new NullFileProvider();
        app.UseStaticFiles(new StaticFileOptions { RequestPath = "/webchat", FileProvider = files });
        app.MapGet("/", () => files.GetFileInfo("index.html") is { Exists: true, PhysicalPath: { } path }
            ? Results.File(path, "text/html; charset=utf-8")
            : Results.Problem($"The chat page is missing from {Folder}; build the NewsBot project again.", statusCode: StatusCodes.Status500InternalServerError));
        return app;
    }
}
