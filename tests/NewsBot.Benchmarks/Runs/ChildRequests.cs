using NewsBot.Benchmarks.Measurement;

namespace NewsBot.Benchmarks.Runs;

internal sealed record IndexRequest(string CorpusFolder, string DatabasePath);

// CpuSeconds is the processor time of the indexing process (all its threads): on a machine shared with other work,
// sentences per CPU-second tell what the code costs when the wall clock does not.
internal sealed record IndexResult(
    int Articles, int Sentences, int SentencesWritten, int Skipped, int Warnings, double Seconds, double SentencesPerSecond,
    double CpuSeconds, long DatabaseBytes, MemoryStats Memory);

// MaxQuestions limits how many questions are asked (FuzzySharp over 42k sentences takes seconds a question);
// WarmUp is how many are asked untimed first, so that the timed pass measures code the JIT has optimised.
internal sealed record AnswerRequest(string DatabasePath, string QuestionsPath, string IndexFolder, int MaxQuestions, int ThroughputAnswers, int WarmUp);

// What a peer built before answering (Lucene's index), when it built one.
internal sealed record BuildStats(int Documents, double Seconds, double DocumentsPerSecond, long Bytes);

// CpuMsPerAnswer: the processor time of the single-threaded pass over the questions, per question.
internal sealed record SystemResult(
    string System, LatencyStats Latency, double CpuMsPerAnswer, double AnswersPerSecondTwoThreads, QualityStats Quality, MemoryStats Memory,
    double ColdFirstAnswerMs, BuildStats? Build);
