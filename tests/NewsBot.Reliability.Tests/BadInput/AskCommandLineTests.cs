using NewsBot.Reliability.Tests.Support;

namespace NewsBot.Reliability.Tests.BadInput;

// `newsbot ask` takes the words that are not options as the question; an option it does not know is a mistake to
// report, not a question to answer.
public sealed class AskCommandLineTests
{
    [Fact]
    public async Task Help_prints_the_usage_instead_of_answering_it()
    {
        var (exitCode, output) = await NewsBotProcess.RunAsync(["ask", "--help"], TimeSpan.FromMinutes(2));

        Assert.Equal(0, exitCode);
        Assert.Contains("newsbot ask [--json]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_refused_with_the_usage()
    {
        var (exitCode, output) = await NewsBotProcess.RunAsync(["ask", "--jsn", "When are the Geneva talks?"], TimeSpan.FromMinutes(2));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ask does not know the option '--jsn'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources:", output, StringComparison.Ordinal);
    }
}
