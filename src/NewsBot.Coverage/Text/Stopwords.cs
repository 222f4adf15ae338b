namespace NewsBot.Coverage.Text;

// Function words carry no topic; question words are read by the question analyser before they are dropped here.
internal static class Stopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "down", "during", "each", "either", "else", "ever", "few", "for", "from", "further", "get", "got", "had",
        "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "let", "me", "more", "most", "much", "must", "my", "myself", "no",
        "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out",
        "over", "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
        "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
        "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
        "whom", "whose", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "wht", "whats",
        "whos", "according", "tell", "say", "said", "says", "many", "kind", "sort", "type", "thing", "things", "anything",
        "something", "one", "ones", "besides", "instead", "happen", "happened", "there", "dont", "doesnt", "didnt", "isnt",
        "arent", "wasnt", "werent", "per", "via", "within", "without", "among", "mr", "mrs", "ms", "s", "t", "near", "across",
        "around", "along", "toward", "towards", "beyond", "behind", "beside", "besides", "inside", "outside", "despite", "amid",
        "amongst", "onto", "throughout", "regarding", "concerning", "whose", "whether", "yet", "ago",
    };

    public static bool Contains(string normalizedWord) => Words.Contains(normalizedWord);
}
