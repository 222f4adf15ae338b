using NewsBot.Cli;
using NewsBot.Hosting;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args is ["serve", .. var rest] ? rest : args });
builder.Configuration.AddNewsBotSettings(builder.Environment.ContentRootPath, args);
builder.Services.AddCoverage(builder.Configuration);

var app = builder.Build();
app.MapHealthChecks();
await app.RunAsync();
return 0;

/// <summary>The web host's entry point, visible to the end-to-end tests.</summary>
public partial class Program;
