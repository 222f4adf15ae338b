using System.Text;

namespace NewsBot.Reliability.Tests.Support;

// Inputs shared by the bad-input catalogues of /api/messages and Direct Line.
internal static class Hostile
{
    // What people (or scripts) type: each must get a normal reply.
    public static readonly IReadOnlyDictionary<string, string> Questions = new Dictionary<string, string>
    {
        ["text of 100,000 characters"] = string.Concat(Enumerable.Repeat("When are the Geneva talks? ", 4000)).PadRight(100_000, 'x')[..100_000],
        ["control characters and NUL"] = "When are the\0 Geneva talks?\u0001\u0007\u001b[2J\u007f\u0085\u2028\r\n\t",
        ["right-to-left text"] = "متى ستعقد محادثات جنيف؟ \u202eWhen are the Geneva talks?\u202c מתי השיחות בז'נבה?",
        ["emoji and zero-width characters"] = "When\u200b are the 🇨🇭 Geneva\u200d talks? 👩‍👩‍👧\ufeff\u2060 🤔",
        ["FTS5 query syntax"] = "\"Geneva\" NEAR(talks biden, 2) OR text:* ^troops AND NOT -x {sentences_fts} *",
        ["SQL syntax"] = "'; DROP TABLE sentences; -- \" OR 1=1; SELECT * FROM articles WHERE ''='",
    };

    // 5,000 objects inside each other: far beyond any real activity and the JSON reader's depth limit.
    public static string Nested(int depth) => new StringBuilder().Insert(0, "{\"a\":", depth).Append('1').Append('}', depth).ToString();

    public static string NestedArrays(int depth) => new string('[', depth) + new string(']', depth);

    // A valid activity's bytes with one byte that is not UTF-8 in its text.
    public static byte[] InvalidUtf8(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        var text = Encoding.UTF8.GetBytes("\"text\":\"");
        var at = IndexOf(bytes, text) + text.Length;
        bytes.InsertRange(at, new byte[] { 0xC3, 0x28, 0xFF });
        return [.. bytes];
    }

    private static int IndexOf(List<byte> bytes, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= bytes.Count; i++)
        {
            if (needle.Select((b, j) => bytes[i + j] == b).All(same => same))
            {
                return i;
            }
        }

        throw new ArgumentException("The activity has no text.");
    }
}
