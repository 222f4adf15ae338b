namespace NewsBot.Coverage.Evaluation;

/// <summary>Answer-sentence-selection scores (TrecQA form): mean average precision, mean reciprocal rank, precision at 1.</summary>
/// <param name="Questions">Questions with at least one correct and one wrong candidate.</param>
/// <param name="Map">Mean average precision.</param>
/// <param name="Mrr">Mean reciprocal rank of the first correct candidate.</param>
/// <param name="PrecisionAt1">Share of questions whose top-ranked candidate is correct.</param>
public sealed record RankingReport(int Questions, double Map, double Mrr, double PrecisionAt1);
