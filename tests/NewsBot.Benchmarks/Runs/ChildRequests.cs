using NewsBot.Benchmarks.Measurement;

namespace NewsBot.Benchmarks.Runs;

internal sealed record IndexRequest(string CorpusFolder, string DatabasePath);

internal sealed record IndexResult(
    int Articles, int Sentences, int SentencesWritten, int Skipped, int Warnings, double Seconds, double SentencesPerSecond,
    long DatabaseBytes, MemoryStats Memory);

// MaxQuestions limits how many questions are asked (FuzzySharp over 42k sentences takes seconds a question).
internal sealed record AnswerRequest(string DatabasePath, string QuestionsPath, string IndexFolder, int MaxQuestions, int ThroughputAnswers);

// What a peer built before answering (Lucene's index), when it built one.
internal sealed record BuildStats(int Documents, double Seconds, double DocumentsPerSecond, long Bytes);

internal sealed record SystemResult(
    string System, LatencyStats Latency, double AnswersPerSecondTwoThreads, QualityStats Quality, MemoryStats Memory,
    double ColdFirstAnswerMs, BuildStats? Build);
