using Microsoft.Extensions.Options;
using NewsBot.Coverage;
using NewsBot.Hosting;

namespace NewsBot.Cli;

// The verbs beside serving the bot: `ask`, `index`, `eval`. Each builds the same configuration and services as the
// server, so a question asked here is answered exactly as in a chat.
internal static class CommandLine
{
    private static readonly Dictionary<string, Func<CommandContext, string[], Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        ["ask"] = AskCommand.RunAsync,
        ["index"] = IndexCommand.RunAsync,
        ["eval"] = EvalCommand.RunAsync,
        ["teams-manifest"] = TeamsManifestCommand.RunAsync,
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && (Verbs.ContainsKey(args[0]) || args[0] is "help" or "--help" or "-h");

    public static async Task<int> RunAsync(string[] args)
    {
        if (!Verbs.TryGetValue(args[0], out var verb))
        {
            await Console.Out.WriteLineAsync(Usage);
            return 0;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        // Settings can be overridden per run, as for the server: --Coverage:DatabasePath=data/other.db
        var overrides = args.Where(IsSettingOverride).ToArray();
        args = args.Where(a => !IsSettingOverride(a)).ToArray();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory() });
        builder.Configuration.AddNewsBotSettings(Directory.GetCurrentDirectory(), overrides);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddLogging().AddCoverage(builder.Configuration);
        using var host = builder.Build();
        try
        {
            var context = new CommandContext(
                host.Services.GetRequiredService<IConfiguration>(),
                host.Services.GetRequiredService<NewsCoverage>(),
                host.Services.GetRequiredService<IOptions<CoverageOptions>>().Value,
                cancellation.Token);
            return await verb(context, args[1..]);
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"newsbot: invalid settings: {string.Join(" ", ex.Failures)}");
            return 2;
        }
        catch (UsageException ex)
        {
            await Console.Error.WriteLineAsync($"newsbot: {ex.Message}\n\n{Usage}");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or System.Text.Json.JsonException)
        {
            await Console.Error.WriteLineAsync($"newsbot: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
    }

    private static bool IsSettingOverride(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf(':', StringComparison.Ordinal) > 2 && arg.Contains('=', StringComparison.Ordinal);

    public const string Usage =
        """
        usage: newsbot [serve]                       run the bot (http://localhost:3978/api/messages)
               newsbot ask [--json] [--outlet NAME] ["question"]
                                                     answer a question; without one, answer each line of standard input
               newsbot index [PATH]                  (re)index a folder or file of articles (default: Coverage:SeedsPath)
               newsbot eval FILE                     score questions.dev.json or a TrecQA-style .jsonl file
               newsbot teams-manifest [--app-id GUID] [--out FILE] [--name NAME] [--developer NAME]
                      [--website URL] [--privacy URL] [--terms URL]
                                                     write a Teams app package (zip) for sideloading
        any verb also takes setting overrides such as --Coverage:DatabasePath=data/other.db
        """;
}

internal sealed record CommandContext(IConfiguration Configuration, NewsCoverage Coverage, CoverageOptions Options, CancellationToken CancellationToken);

internal sealed class UsageException(string message) : Exception(message);
