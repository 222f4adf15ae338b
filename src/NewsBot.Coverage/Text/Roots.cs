namespace NewsBot.Coverage.Text;

internal static class Roots
{
    // "delegation"/"delegations", "confirm"/"confirmation", "Ukraine"/"Ukrainian": a long common prefix.
    public static bool Share(string a, string b)
    {
        var min = Math.Min(a.Length, b.Length);
        if (min < 5)
        {
            return false;
        }

        var common = 0;
        while (common < min && a[common] == b[common])
        {
            common++;
        }

        return common >= 5 && common >= min - 2;
    }
}
