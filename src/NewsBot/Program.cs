using NewsBot.Cli;
using NewsBot.DirectLine;
using NewsBot.Hosting;
using NewsBot.Protection;
using NewsBot.WebChat;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args is ["serve", .. var rest] ? rest : args });
builder.Configuration.AddNewsBotSettings(builder.Environment.ContentRootPath, args);
builder.Services.AddCoverage(builder.Configuration);
builder.Services.AddDialogs(builder.Configuration);
builder.Services.AddBotEndpoint(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);
builder.Services.AddRequestProtection(builder.Configuration);

var app = builder.Build();
app.UseTurnErrorHandler();
app.MapHealthChecks();
app.MapBotMessages();
app.MapDirectLine();
app.UseRequestProtection();
app.MapWebChat();
await app.RunAsync();
return 0;

/// <summary>The web host's entry point, visible to the end-to-end tests.</summary>
public partial class Program;
