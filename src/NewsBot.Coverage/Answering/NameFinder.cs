using System.Text.RegularExpressions;

namespace NewsBot.Coverage.Answering;

// Person-like names: runs of capitalised words (initials allowed: "Antony J. Blinken"), with leading titles and
// roles cut off ("Deputy Secretary of State Wendy Sherman" → "Wendy Sherman").
internal static partial class NameFinder
{
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Vice", "Deputy", "Secretary", "State", "Minister", "Foreign", "Defense", "Defence", "Prime", "Press",
        "Spokesman", "Spokeswoman", "Spokesperson", "Adviser", "Advisor", "Security", "National", "General", "Gen", "Sen",
        "Senator", "Rep", "Representative", "Ambassador", "Chancellor", "Director", "Chief", "Mr", "Mrs", "Ms", "Dr",
        "Russian", "Ukrainian", "American", "US", "U.S.", "U.S", "White", "House", "Kremlin", "The", "A", "An", "In", "On",
        "But", "And", "After", "Before", "Since", "When", "While", "As", "At", "With", "From", "Despite", "However",
        "Meanwhile", "Instead", "It", "This", "That", "There", "They", "He", "She", "We", "Officials", "Official",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Dec",
        "Associated", "Reuters", "NATO", "EU", "UK", "Europe", "European", "Western", "Eastern", "Moscow", "Washington",
        "Ukraine", "Russia", "Administration", "Government", "Ministry", "Department", "Council",
        "Force", "Forces", "Army", "Navy", "Agency", "Party", "Union", "Organization", "Organisation", "Corporation",
        "Institute", "News", "Times", "Post", "Journal", "States", "Kingdom", "Nations", "Republic", "Committee", "Bank",
        "Company", "Group", "Office", "Court", "Congress", "Senate", "Parliament", "Embassy", "University", "Association",
    };

    // People and groups of people named by role ("European leaders", "NATO officials"): who-questions are often
    // answered by those rather than by a name.
    public static IEnumerable<string> Groups(string sentence) =>
        GroupOfPeople().Matches(sentence).Select(m => m.Value);

    [GeneratedRegex(@"\b(?:[\p{Lu}][\p{L}-]+\s+)+(?:leaders|officials|allies|diplomats|lawmakers|ministers|counterparts|partners|negotiators|representatives|members|governments|authorities|troops|forces)\b")]
    private static partial Regex GroupOfPeople();

    public static IEnumerable<string> Names(string sentence)
    {
        foreach (Match match in CapitalisedRun().Matches(sentence))
        {
            var words = match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 0 && NotNames.Contains(words[0].TrimEnd('.', ',', '’', '\'')))
            {
                words.RemoveAt(0);
            }

            while (words.Count > 0 && NotNames.Contains(words[^1].TrimEnd('.', ',')))
            {
                words.RemoveAt(words.Count - 1);
            }

            if (words.Count >= 2 && words.Count <= 4 && words.Any(w => w.Length > 2))
            {
                yield return string.Join(' ', words).TrimEnd('.', ',');
            }
        }
    }

    [GeneratedRegex(@"\b[\p{Lu}][\p{Ll}\p{Lu}'’-]*\.?(?:\s+(?:[\p{Lu}]\.|[\p{Lu}][\p{Ll}'’-]+|de\b|van\b|von\b|bin\b|al\b))+")]
    private static partial Regex CapitalisedRun();
}
