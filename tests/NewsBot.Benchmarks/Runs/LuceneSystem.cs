using System.Diagnostics;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace NewsBot.Benchmarks.Runs;

// The peer an engineer would reach for first: Lucene.Net with BM25 and the English analyzer over an NIOFSDirectory
// index of the same sentences, answering with its top sentence. It cannot abstain: any hit is its answer.
internal sealed class LuceneSystem : IAnswerSystem
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly EnglishAnalyzer _analyzer = new(Version);
    private readonly NIOFSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public LuceneSystem(string databasePath, string indexFolder)
    {
        var (texts, sources) = IndexedSentences.Load(databasePath);
        if (System.IO.Directory.Exists(indexFolder))
        {
            System.IO.Directory.Delete(indexFolder, recursive: true);
        }

        var stopwatch = Stopwatch.StartNew();
        _directory = new NIOFSDirectory(new DirectoryInfo(indexFolder));
        var config = new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity(), OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 64 };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var i = 0; i < texts.Length; i++)
            {
                writer.AddDocument(new Document
                {
                    new TextField("text", texts[i], Field.Store.YES),
                    new StringField("source", sources[i], Field.Store.YES),
                });
            }

            writer.Commit();
        }

        var seconds = stopwatch.Elapsed.TotalSeconds;
        var bytes = new DirectoryInfo(indexFolder).EnumerateFiles().Sum(f => f.Length);
        Build = new BuildStats(texts.Length, seconds, texts.Length / seconds, bytes);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public string Name => "Lucene.Net BM25";

    public BuildStats? Build { get; }

    public Task<SystemReply> AskAsync(string question, CancellationToken cancellationToken)
    {
        var query = new BooleanQuery();
        using (var tokens = _analyzer.GetTokenStream("text", new StringReader(question)))
        {
            var term = tokens.AddAttribute<ICharTermAttribute>();
            tokens.Reset();
            while (tokens.IncrementToken())
            {
                query.Add(new TermQuery(new Term("text", term.ToString())), Occur.SHOULD);
            }

            tokens.End();
        }

        if (query.Clauses.Count == 0)
        {
            return Task.FromResult(SystemReply.None);
        }

        var top = _searcher.Search(query, 1).ScoreDocs;
        if (top.Length == 0)
        {
            return Task.FromResult(SystemReply.None);
        }

        var document = _searcher.Doc(top[0].Doc);
        var text = document.Get("text");
        return Task.FromResult(new SystemReply(true, text, text, [document.Get("source")]));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
