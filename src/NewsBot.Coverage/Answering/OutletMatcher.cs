using NewsBot.Coverage.Text;

namespace NewsBot.Coverage.Answering;

// Matches what a person calls an outlet ("npr", "the AP", "Associated Press") to an indexed outlet name.
internal static class OutletMatcher
{
    public static string? Find(string? name, IReadOnlyCollection<string> outlets)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var wanted = TextNormalizer.Normalize(name);
        if (wanted.Length == 0)
        {
            return null;
        }

        foreach (var outlet in outlets)
        {
            var normalized = TextNormalizer.Normalize(outlet);
            if (normalized == wanted || Initials(normalized) == wanted.Replace(" ", "", StringComparison.Ordinal) ||
                Initials(wanted) == normalized.Replace(" ", "", StringComparison.Ordinal))
            {
                return outlet;
            }
        }

        // "CNN en Español" answers to "CNN"; a bare prefix word is enough only when it picks one outlet.
        var partial = outlets.Where(o => TextNormalizer.Words(o).Contains(wanted.Split(' ')[0]) && wanted.Split(' ').Length == 1).ToList();
        return partial.Count == 1 ? partial[0] : null;
    }

    private static string Initials(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 ? string.Concat(words.Select(w => w[0])) : normalized;
    }
}
