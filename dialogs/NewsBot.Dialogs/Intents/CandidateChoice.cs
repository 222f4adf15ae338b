namespace NewsBot.Dialogs.Intents;

// Which "did you mean" candidate a message picks: its label (what the suggested action sends), its number, or
// "the first one".
internal static class CandidateChoice
{
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth"];
    private static readonly HashSet<string> Filler = ["the", "one", "number", "option", "no", "nr", "choice", "please"];

    public static int? Find(IReadOnlyList<string> words, IReadOnlyList<string> labels)
    {
        if (labels.Count == 0)
        {
            return null;
        }

        var joined = Words.Join(words);
        for (var i = 0; i < labels.Count; i++)
        {
            if (Words.Join(Words.Of(labels[i])) == joined)
            {
                return i;
            }
        }

        var rest = words.Where(w => !Filler.Contains(w)).ToList();
        if (rest.Count != 1)
        {
            return null;
        }

        var index = int.TryParse(rest[0], out var number) ? number - 1 : Array.IndexOf(Ordinals, rest[0]);
        return index >= 0 && index < labels.Count ? index : null;
    }
}
