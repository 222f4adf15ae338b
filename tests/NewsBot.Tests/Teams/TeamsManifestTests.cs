using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using NewsBot.Teams;

namespace NewsBot.Tests.Teams;

public class TeamsManifestTests
{
    private const string AppId = "6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b";

    [Fact]
    public void The_package_holds_the_manifest_and_both_icons_at_the_zip_root()
    {
        using var zip = Package();
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public void The_manifest_has_every_property_schema_1_19_requires_and_names_the_bot()
    {
        using var zip = Package();
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var root = manifest.RootElement;
        foreach (var required in new[] { "manifestVersion", "version", "id", "developer", "name", "description", "icons", "accentColor" })
        {
            Assert.True(root.TryGetProperty(required, out _), $"missing {required}");
        }

        Assert.Equal("1.19", root.GetProperty("manifestVersion").GetString());
        Assert.Equal(AppId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.True(root.GetProperty("name").GetProperty("short").GetString()!.Length <= 30);
        Assert.True(root.GetProperty("description").GetProperty("short").GetString()!.Length <= 80);
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", root.GetProperty("developer").GetProperty(url).GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_colour_icon_is_a_192_pixel_png_and_the_outline_a_32_pixel_png_of_white_on_transparent()
    {
        using var zip = Package();
        var color = Read(zip, "color.png");
        var outline = Read(zip, "outline.png");
        Assert.Equal((192, 192), Size(color));
        Assert.Equal((32, 32), Size(outline));

        var pixels = Pixels(outline, 32, 32);
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R == 255 && p.G == 255 && p.B == 255), "outline pixels are white or transparent"));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("")]
    public void An_app_id_that_is_not_a_guid_is_refused(string appId) =>
        Assert.NotEmpty(new TeamsManifestSettings(appId).Validate());

    private static ZipArchive Package()
    {
        var stream = new MemoryStream();
        TeamsManifest.WritePackage(new TeamsManifestSettings(AppId), stream);
        stream.Position = 0;
        return new ZipArchive(stream, ZipArchiveMode.Read);
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var entry = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }

    private static (int Width, int Height) Size(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    // Decodes the single IDAT chunk this encoder writes (filter 0 on every row).
    private static List<(byte R, byte G, byte B, byte A)> Pixels(byte[] png, int width, int height)
    {
        var offset = 8;
        using var data = new MemoryStream();
        while (offset < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(png, offset + 4, 4);
            if (type == "IDAT")
            {
                data.Write(png, offset + 8, length);
            }

            offset += 12 + length;
        }

        data.Position = 0;
        using var zlib = new ZLibStream(data, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var bytes = raw.ToArray();
        var pixels = new List<(byte, byte, byte, byte)>();
        for (var y = 0; y < height; y++)
        {
            var row = y * ((width * 4) + 1);
            Assert.Equal(0, bytes[row]);
            for (var x = 0; x < width; x++)
            {
                var p = row + 1 + (x * 4);
                pixels.Add((bytes[p], bytes[p + 1], bytes[p + 2], bytes[p + 3]));
            }
        }

        return pixels;
    }
}
