using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace NewsBot.Protocol.Schema;

/// <summary>
/// Writes UTC times with a <c>Z</c>, as channels send them, and keeps any other offset.
/// Reads any ISO-8601 form, including ones System.Text.Json's strict parser refuses.
/// </summary>
internal sealed class TimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (reader.TryGetDateTimeOffset(out var value))
            {
                return value;
            }

            if (DateTimeOffset.TryParse(reader.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
            {
                return value;
            }
        }

        throw new JsonException("Expected an ISO-8601 date and time.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        if (value.Offset == TimeSpan.Zero)
        {
            writer.WriteStringValue(value.UtcDateTime);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
