using System.Text;
using NewsBot.Coverage.Ingestion;
using NewsBot.Coverage.Tests.Support;

namespace NewsBot.Coverage.Tests.Ingestion;

public sealed class ArticleReaderTests : IDisposable
{
    private const string Story = "Talks to resume\n\nRussia and Ukraine will meet again on Monday, officials said.\n";

    private readonly TempFolder _folder = new();
    private readonly List<string> _warnings = [];

    [Fact]
    public void Seed_folder_reads_every_seed_with_its_manifest_entry_and_no_warning()
    {
        var articles = Read(Seeds.Directory);

        Assert.Empty(_warnings);
        Assert.Equal(
            ["000_c2a432a19620cde4.txt", "001_2ea0c09a0cab73a9.txt", "002_ce1431cd067334ee.txt", "003_716ac14c5b8b7321.txt", "004_0ab6f7e65bf4a959.txt"],
            articles.Select(a => a.Source));
        Assert.Equal(
            new ArticleMetadata("Biden again calls on Putin to de-escalate tensions along Ukraine border", "NPR", new DateOnly(2021, 12, 31), null, "Franco Ordoñez"),
            articles[4].Known);
        Assert.Equal(File.ReadAllText(Seeds.PathOf("004")), articles[4].Text);
    }

    [Fact]
    public void Folder_reads_text_files_by_name_then_json_lines_and_ignores_other_files()
    {
        _folder.Write("b.txt", Story);
        _folder.Write("a.txt", Story);
        _folder.Write("notes.md", Story);
        _folder.Write("more.jsonl", """{"id": "x/1", "title": "T", "outlet": "O", "date": null, "text": "Some text here."}""");

        Assert.Equal(["a.txt", "b.txt", "x/1"], Read(_folder.Path).Select(a => a.Source));
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Single_text_file_gets_its_entry_from_the_manifest_beside_it()
    {
        var file = _folder.Write("story.txt", Story);
        _folder.Write("articles.json", """{ "story.txt": { "title": "Talks", "outlet": "CNN", "published": "2022-03-03", "note": "made up" } }""");

        var article = Assert.Single(Read(file));

        Assert.Equal(new ArticleMetadata("Talks", "CNN", new DateOnly(2022, 3, 3)), article.Known);
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Damaged_manifest_is_ignored_with_a_warning_and_the_articles_are_still_read()
    {
        _folder.Write("story.txt", Story);
        _folder.Write("articles.json", """{ "story.txt": { "title": "Talks" """);

        var article = Assert.Single(Read(_folder.Path));

        Assert.Null(article.Known);
        Assert.Contains(_warnings, w => w.Contains("articles.json", StringComparison.Ordinal) && w.Contains("not valid JSON", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_manifest_entries_are_warned_about_one_by_one()
    {
        _folder.Write("a.txt", Story);
        _folder.Write("b.txt", Story);
        _folder.Write("c.txt", Story);
        _folder.Write("articles.json", """
            {
              "a.txt": { "title": "A", "publihsed": "2022-03-03" },
              "b.txt": { "title": "B", "published": "3 March 2022" },
              "c.txt": { "title": "C", "outlet": "NPR" },
              "gone.txt": { "title": "Gone" }
            }
            """);

        var articles = Read(_folder.Path);

        Assert.Equal([null, new ArticleMetadata("B"), new ArticleMetadata("C", "NPR")], articles.Select(a => a.Known));
        Assert.Contains(_warnings, w => w.Contains("\"a.txt\"", StringComparison.Ordinal) && w.Contains("publihsed", StringComparison.Ordinal));
        Assert.Contains(_warnings, w => w.Contains("\"b.txt\"", StringComparison.Ordinal) && w.Contains("3 March 2022", StringComparison.Ordinal));
        Assert.Contains(_warnings, w => w.Contains("\"gone.txt\"", StringComparison.Ordinal) && w.Contains("no such file", StringComparison.Ordinal));
        Assert.Equal(3, _warnings.Count);
    }

    [Fact]
    public void Json_lines_are_streamed_and_a_bad_line_is_skipped_with_a_warning_naming_it()
    {
        var file = _folder.Write("corpus.jsonl", string.Join('\n',
            """{"id": "bbc/1", "title": "First", "outlet": "BBC News", "date": null, "text": "One.\n\nTwo."}""",
            """{"id": "bbc/2", "title": "Broken", "text": "no closing brace" """,
            "",
            """{"id": "bbc/3", "title": "Third", "outlet": "BBC News", "date": "2005-02-01", "text": "Three.", "url": "https://example.com/3", "event": "x"}""",
            """{"id": "bbc/4", "title": "No text", "text": "  "}""",
            """{"id": "bbc/5", "title": "Odd date", "date": "Feb 2005", "text": "Five."}""",
            """{"title": "No id", "text": "Six."}""",
            """["not", "an", "object"]""",
            """{"id": "bbc/9", "date": "2005-02-01T10:00:00Z", "text": "Nine."}"""));

        var articles = Read(file);

        Assert.Equal(["bbc/1", "bbc/3", "bbc/5", "corpus.jsonl#7", "bbc/9"], articles.Select(a => a.Source));
        Assert.Equal("One.\n\nTwo.", articles[0].Text);
        Assert.Equal(new ArticleMetadata("First", "BBC News"), articles[0].Known);
        Assert.Equal(new ArticleMetadata("Third", "BBC News", new DateOnly(2005, 2, 1), "https://example.com/3"), articles[1].Known);
        Assert.Null(articles[2].Known!.Published);
        Assert.Equal(new DateOnly(2005, 2, 1), articles[4].Known!.Published);
        Assert.Equal(
            ["corpus.jsonl line 2:", "corpus.jsonl line 5:", "corpus.jsonl line 6:", "corpus.jsonl line 7:", "corpus.jsonl line 8:"],
            _warnings.Select(w => w[..(w.IndexOf(':', StringComparison.Ordinal) + 1)]));
    }

    [Fact]
    public void Json_line_that_is_not_utf8_or_too_long_is_skipped_and_the_next_is_read()
    {
        byte[] notUtf8 = [.. Encoding.ASCII.GetBytes("{\"id\": \"bad\", \"text\": \"caf"), 0xE9, .. Encoding.ASCII.GetBytes("\"}\n")];
        var tooLong = Encoding.ASCII.GetBytes("{\"id\": \"long\", \"text\": \"" + new string('x', 300) + "\"}\r\n");
        var good = Encoding.ASCII.GetBytes("{\"id\": \"ok\", \"text\": \"Fine text.\"}\r\n");
        var file = _folder.Write("mixed.jsonl", [.. notUtf8, .. tooLong, .. good]);

        var articles = ArticleReader.Read(file, _warnings.Add, maxFileBytes: 200).ToList();

        Assert.Equal("ok", Assert.Single(articles).Source);
        Assert.StartsWith("mixed.jsonl line 1: not a valid JSON article", _warnings[0], StringComparison.Ordinal);
        Assert.StartsWith("mixed.jsonl line 2: longer than 200 bytes", _warnings[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_corpus_format_streams_every_article_with_its_known_metadata()
    {
        var lines = Enumerable.Range(1, 500).Select(i => $$"""{"id": "bbc/tech/{{i:000}}", "title": "Story {{i}}", "outlet": "BBC News", "date": null, "text": "Paragraph one of story {{i}}.\n\nParagraph two."}""");
        var file = _folder.Write("bbc.jsonl", string.Join('\n', lines) + "\n");

        var articles = Read(file);

        Assert.Equal(500, articles.Count);
        Assert.Equal("bbc/tech/500", articles[^1].Source);
        Assert.Equal(new ArticleMetadata("Story 500", "BBC News"), articles[^1].Known);
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Binary_file_is_skipped_with_a_warning()
    {
        _folder.Write("image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        _folder.Write("controls.txt", [.. Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : 'a'))]);
        _folder.Write("symbols.txt", "#### ---- 1234 5678 ==== ++++ #### ---- 1234 5678 ==== ++++");

        Assert.Empty(Read(_folder.Path));
        Assert.Contains(_warnings, w => w.StartsWith("image.txt: binary file (NUL bytes", StringComparison.Ordinal));
        Assert.Contains(_warnings, w => w.StartsWith("controls.txt: binary file (control bytes)", StringComparison.Ordinal));
        Assert.Contains(_warnings, w => w.StartsWith("symbols.txt: mostly not text", StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_and_blank_files_are_skipped_with_a_warning()
    {
        _folder.Write("empty.txt", []);
        _folder.Write("blank.txt", " \n\n\t \n");

        Assert.Empty(Read(_folder.Path));
        Assert.Equal(["blank.txt: holds only whitespace; skipped.", "empty.txt: empty file; skipped."], _warnings);
    }

    [Fact]
    public void Windows1252_file_is_read_as_such_with_a_warning_naming_the_line()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("Talks to resume\n\nThe minister said "), 0x93, .. "no"u8, 0x94, .. " in Chisinau, a caf"u8, 0xE9, (byte)'.'];
        _folder.Write("latin.txt", bytes);

        var article = Assert.Single(Read(_folder.Path));

        Assert.Equal("Talks to resume\n\nThe minister said “no” in Chisinau, a café.", article.Text);
        Assert.Equal("latin.txt: not valid UTF-8 (first bad byte at line 3, 0x93); read as Windows-1252 instead.", Assert.Single(_warnings));
    }

    [Fact]
    public void Utf8_and_utf16_files_with_byte_order_marks_are_read()
    {
        _folder.Write("utf8.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Café talks")]);
        _folder.Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Café talks")]);

        Assert.Equal(["Café talks", "Café talks"], Read(_folder.Path).Select(a => a.Text));
        Assert.Empty(_warnings);
    }

    [Fact]
    public void Text_file_over_the_size_limit_is_skipped_with_a_warning()
    {
        _folder.Write("big.txt", new string('a', 101));
        _folder.Write("small.txt", Story);

        var articles = ArticleReader.Read(_folder.Path, _warnings.Add, maxFileBytes: 100).ToList();

        Assert.Equal("small.txt", Assert.Single(articles).Source);
        Assert.Equal("big.txt: 101 bytes is over the 100-byte limit for one article; skipped.", Assert.Single(_warnings));
    }

    [Fact]
    public void Missing_path_gives_a_warning_and_no_articles()
    {
        Assert.Empty(Read(Path.Combine(_folder.Path, "nowhere")));
        Assert.Empty(Read(" "));
        Assert.Equal(2, _warnings.Count);
        Assert.Contains("no such file or folder", _warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_given_as_a_file_is_not_read_as_an_article()
    {
        Assert.Empty(Read(Path.Combine(Seeds.Directory, "articles.json")));
        Assert.Contains("is the manifest of its folder", Assert.Single(_warnings), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private List<RawArticle> Read(string path) => [.. ArticleReader.Read(path, _warnings.Add)];
}
