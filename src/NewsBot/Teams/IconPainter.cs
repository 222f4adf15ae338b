namespace NewsBot.Teams;

// NewsBot's icon, a folded newspaper: the 192×192 full-colour icon and the 32×32 white-on-transparent outline
// that Teams asks for in an app package.
internal static class IconPainter
{
    public const int ColorSize = 192;
    public const int OutlineSize = 32;

    private static readonly Rgba Accent = new(0x1F, 0x4E, 0x79, 255);

    public static Rgba[,] Color()
    {
        var pixels = new Rgba[ColorSize, ColorSize];
        Fill(pixels, 0, 0, ColorSize, ColorSize, Accent);
        Fill(pixels, 40, 44, 112, 104, Rgba.White);                    // the page
        Fill(pixels, 52, 56, 88, 18, Accent);                          // the masthead
        for (var line = 0; line < 4; line++)
        {
            Fill(pixels, 52, 86 + (line * 14), 40, 6, Accent);         // the left column
            Fill(pixels, 100, 86 + (line * 14), 40, 6, Accent);        // the right column
        }

        return pixels;
    }

    public static Rgba[,] Outline()
    {
        var pixels = new Rgba[OutlineSize, OutlineSize];
        Fill(pixels, 0, 0, OutlineSize, OutlineSize, Rgba.Transparent);
        Frame(pixels, 5, 7, 22, 18);                                   // the page's edge
        Fill(pixels, 8, 10, 16, 2, Rgba.White);                        // the masthead
        Fill(pixels, 8, 15, 7, 1, Rgba.White);                         // the columns
        Fill(pixels, 17, 15, 7, 1, Rgba.White);
        Fill(pixels, 8, 19, 7, 1, Rgba.White);
        Fill(pixels, 17, 19, 7, 1, Rgba.White);
        return pixels;
    }

    private static void Frame(Rgba[,] pixels, int x, int y, int width, int height)
    {
        Fill(pixels, x, y, width, 1, Rgba.White);
        Fill(pixels, x, y + height - 1, width, 1, Rgba.White);
        Fill(pixels, x, y, 1, height, Rgba.White);
        Fill(pixels, x + width - 1, y, 1, height, Rgba.White);
    }

    private static void Fill(Rgba[,] pixels, int x, int y, int width, int height, Rgba colour)
    {
        for (var row = y; row < y + height; row++)
        {
            for (var column = x; column < x + width; column++)
            {
                pixels[row, column] = colour;
            }
        }
    }
}
