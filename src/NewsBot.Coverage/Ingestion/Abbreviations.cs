using System.Text.RegularExpressions;

namespace NewsBot.Coverage.Ingestion;

// What a word before a full stop says about whether the sentence ends there. News copy is full of abbreviations
// that also end sentences ("in Wilmington, Del." / "the U.S."), so most of them only end a sentence when the next
// word is one that typically opens a sentence.
internal static partial class Abbreviations
{
    // Never the last word of a sentence: "Mr. Putin", "Dr. Fauci".
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Prof", "vs",
    };

    // Usually not the end, but can be: ranks, saints, months, US states, company suffixes.
    private static readonly HashSet<string> Ambiguous = new(StringComparer.Ordinal)
    {
        "Gen", "Gens", "Lt", "Col", "Capt", "Cmdr", "Cdr", "Sgt", "Cpl", "Pvt", "Maj", "Adm", "Brig", "Gov", "Govs",
        "Sen", "Sens", "Rep", "Reps", "Rev", "Fr", "Hon", "Pres", "Supt", "Insp", "Det", "Atty", "Amb", "Sec",
        "St", "Ste", "Mt", "Ft", "Ave", "Blvd", "Rd", "Hwy", "Jr", "Sr", "Esq", "Inc", "Corp", "Co", "Ltd", "Bros",
        "Dept", "Univ", "Assn", "approx", "est", "etc", "al", "cf", "ca",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn",
        "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    };

    // Abbreviations that stand before a number: "No. 1", "Jan. 10", "Art. 5".
    private static readonly HashSet<string> BeforeNumbers = new(StringComparer.Ordinal)
    {
        "No", "Nos", "Art", "Vol", "vol", "Ch", "ch", "Fig", "fig", "p", "pp", "Para", "para", "Sec", "Ex",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    // Words that commonly open a sentence; after an ambiguous abbreviation they are what tells a new sentence.
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My",
        "This", "That", "These", "Those", "There", "Then", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As",
        "After", "Before", "When", "While", "If", "Although", "Though", "Since", "Meanwhile", "However", "Still",
        "Also", "Some", "Many", "Most", "Both", "Each", "Other", "Others", "Now", "Later", "Earlier", "Last",
        "Despite", "According", "What", "Why", "How", "Who", "Where", "Asked", "Officials", "Such",
    };

    // "U.S", "a.m", "D.C", "Ph.D" (the final stop already removed).
    [GeneratedRegex(@"^(?:\p{L}{1,2}\.)+\p{L}{1,2}$")]
    private static partial Regex DottedAcronym();

    /// <summary>Whether a full stop after <paramref name="word"/> ends the sentence, given what follows.</summary>
    /// <param name="word">The word before the stop, without the stop.</param>
    /// <param name="nextWord">The next word, opening quotes and brackets removed.</param>
    public static bool EndsSentence(string word, string nextWord)
    {
        if (word.Length == 0 || nextWord.Length == 0)
        {
            return true;
        }

        if (char.IsDigit(nextWord[0]) && BeforeNumbers.Contains(word))
        {
            return false;
        }

        if (Titles.Contains(word))
        {
            return false;
        }

        var isAbbreviation = Ambiguous.Contains(word)
            || BeforeNumbers.Contains(word)
            || (word.Length == 1 && char.IsLetter(word[0]))
            || DottedAcronym().IsMatch(word);
        return !isAbbreviation || SentenceOpeners.Contains(nextWord);
    }
}
