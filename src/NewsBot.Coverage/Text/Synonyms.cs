namespace NewsBot.Coverage.Text;

// Words news writers use interchangeably, so that a question in other words than the article's still meets it
// ("ask" / "request", "troops" / "soldiers", "talk" / "speak"). Groups are of stems; a match through a synonym
// counts a little less than the word itself.
internal static class Synonyms
{
    public const double Credit = 0.8;

    private static readonly string[][] Groups =
    [
        ["ask", "request", "demand"],
        ["troop", "soldier", "force", "forces"],
        ["talk", "speak", "spoke", "spoken", "conversation", "discuss", "discussion", "call"],
        ["call", "phone", "telephone", "speak"],
        ["us", "american", "america", "washington"],
        ["meeting", "meet", "talk", "summit"],
        ["say", "said", "tell", "told", "state", "stated"],
        ["leader", "president", "head"],
        ["border", "frontier"],
        ["war", "conflict", "invasion", "invade", "attack"],
        ["sanction", "punishment", "penalty"],
        ["warn", "warning", "caution"],
        ["aid", "assistance", "help", "support"],
        ["reason", "why", "purpose", "cause"],
        ["begin", "start", "launch"],
        ["end", "finish", "conclude"],
        ["buy", "purchase", "acquire"],
        ["rise", "increase", "grow", "jump"],
        ["fall", "decrease", "drop", "decline"],
        ["kill", "dead", "death", "die"],
        ["elect", "election", "vote", "ballot"],
        ["photograph", "photo", "image", "picture"],
        ["confirm", "announce", "say"],
        ["contribute", "reporting"],
        ["country", "nation", "state"],
        ["agreement", "deal", "accord", "pact"],
        ["weapon", "arm", "arms"],
        ["plan", "intend", "intention", "scheme"],
        ["lead", "head", "chair", "direct"],
        ["withdraw", "pull", "retreat"],
    ];

    private static readonly Dictionary<string, HashSet<string>> ByStem = Build();

    public static IReadOnlySet<string> Of(string stem) => ByStem.TryGetValue(stem, out var set) ? set : Empty;

    private static readonly HashSet<string> Empty = [];

    private static Dictionary<string, HashSet<string>> Build()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var stems = group.Select(Stemmer.Stem).ToList();
            foreach (var stem in stems)
            {
                if (!map.TryGetValue(stem, out var set))
                {
                    map[stem] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(stems.Where(s => s != stem));
            }
        }

        return map;
    }
}
