using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Protocol.Schema;

namespace NewsBot.Dialogs.Tests.Support;

// What the bot sent in one turn, and the checks a transcript's bot lines make on it.
public sealed class TurnReplies(string where, IReadOnlyList<Activity> sent)
{
    private readonly List<Activity> _messages = sent.Where(a => a.Type == ActivityTypes.Message).ToList();
    private readonly string _text = string.Join("\n\n", sent.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text ?? string.Empty));
    private int _position;

    public void Check(TranscriptLine line)
    {
        var text = line.Text;
        var at = $"{where}, bot line {line.Line} '{text}'";
        switch (text)
        {
            case "typing":
                Assert.True(sent.Count > 0 && sent[0].Type == ActivityTypes.Typing, $"{at}: the first activity is {First()}, not typing.");
                return;
            case "nothing":
                Assert.True(sent.Count == 0, $"{at}: the bot sent {sent.Count} activities:\n{_text}");
                return;
            case "no card":
                Assert.True(_messages.All(m => m.Attachments is null), $"{at}: a message carries an attachment.");
                return;
            case "no suggestions":
                Assert.True(_messages.All(m => m.SuggestedActions is null), $"{at}: a message has suggested actions.");
                return;
            case "card":
                Assert.True(Cards().Any(), $"{at}: no message carries an Adaptive Card.\n{_text}");
                return;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var (kind, value) = colon < 0 ? (string.Empty, text) : (text[..colon].Trim(), text[(colon + 1)..].Trim());
        switch (kind)
        {
            case "not":
                Assert.False(_text.Contains(value, StringComparison.OrdinalIgnoreCase), $"{at}: the replies say it:\n{_text}");
                return;
            case "messages":
                Assert.True(_messages.Count == int.Parse(value, System.Globalization.CultureInfo.InvariantCulture), $"{at}: the bot sent {_messages.Count} messages:\n{_text}");
                return;
            case "suggested":
                var expected = value.Split('|').Select(s => s.Trim()).ToList();
                Assert.True(expected.SequenceEqual(Suggested()), $"{at}: suggested [{string.Join(" | ", Suggested())}].");
                return;
            case "offers":
                Assert.True(Suggested().Contains(value), $"{at}: suggested [{string.Join(" | ", Suggested())}].");
                return;
            case "card":
                Assert.True(Cards().Any(card => card.Contains(value, StringComparison.OrdinalIgnoreCase)), $"{at}: no card says it. Cards:\n{string.Join("\n", Cards())}");
                return;
            case "status":
                var statuses = _messages.Where(m => m.Value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("status", out _))
                    .Select(m => m.Value!.Value.GetProperty("status").GetString()).ToList();
                Assert.True(statuses.Contains(value), $"{at}: the answer statuses are [{string.Join(", ", statuses)}].");
                return;
            case "cites":
                Assert.True(CitedNames().Any(n => n.Contains(value, StringComparison.OrdinalIgnoreCase)), $"{at}: cited [{string.Join("; ", CitedNames())}].");
                return;
        }

        Expect(text, at);
    }

    public void CheckTeamsRules()
    {
        foreach (var message in _messages)
        {
            Assert.True((message.SuggestedActions?.Actions?.Count ?? 0) <= 3, $"{where}: more than 3 suggested actions on Teams.");
            Assert.True(message.Attachments is null || message.SuggestedActions is null, $"{where}: suggested actions on a message with a card.");
            var roots = (message.Entities ?? []).Where(e => e.Type == "https://schema.org/Message").ToList();
            Assert.True(roots.Count <= 1, $"{where}: {roots.Count} root Message entities.");
            foreach (var claim in roots.SelectMany(r => r.Properties!["citation"].EnumerateArray()))
            {
                Assert.Equal(JsonValueKind.Number, claim.GetProperty("position").ValueKind);
            }

            Assert.True(roots.Sum(r => r.Properties!["citation"].GetArrayLength()) <= 20, $"{where}: more than 20 citations.");
        }
    }

    private void Expect(string text, string at)
    {
        if (text.Length > 2 && text.StartsWith('/') && text.EndsWith('/'))
        {
            var match = new Regex(text[1..^1], RegexOptions.IgnoreCase).Match(_text, _position);
            Assert.True(match.Success, $"{at}: not found after position {_position} in:\n{_text}");
            _position = match.Index + match.Length;
            return;
        }

        var index = _text.IndexOf(text, _position, StringComparison.OrdinalIgnoreCase);
        Assert.True(index >= 0, $"{at}: not found after position {_position} in:\n{_text}");
        _position = index + text.Length;
    }

    private List<string?> Suggested() =>
        _messages.LastOrDefault(m => m.SuggestedActions is not null)?.SuggestedActions?.Actions?.Select(a => a.Title).ToList() ?? [];

    private IEnumerable<string> Cards() => _messages
        .SelectMany(m => m.Attachments ?? [])
        .Where(a => a.ContentType == "application/vnd.microsoft.card.adaptive" && a.Content is not null)
        .Select(a => a.Content!.Value.GetRawText());

    private IEnumerable<string> CitedNames()
    {
        var definitions = Regex.Matches(_text, @"^\[\d+\]: \S+ ""(?<title>[^""]*)""$", RegexOptions.Multiline).Select(m => m.Groups["title"].Value);
        var teams = _messages.SelectMany(m => m.Entities ?? [])
            .Where(e => e.Type == "https://schema.org/Message")
            .SelectMany(e => e.Properties!["citation"].EnumerateArray())
            .Select(c => c.GetProperty("appearance").GetProperty("name").GetString() ?? string.Empty);
        return definitions.Concat(teams);
    }

    private string First() => sent.Count == 0 ? "nothing" : sent[0].Type ?? "untyped";
}
