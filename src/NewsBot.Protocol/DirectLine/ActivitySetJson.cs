using System.Text;

namespace NewsBot.Protocol.DirectLine;

/// <summary>The ActivitySet <c>{"activities":[...],"watermark":"N"}</c>, written around activities that are already JSON.</summary>
internal static class ActivitySetJson
{
    /// <summary>The set; without a watermark when <paramref name="watermark"/> is null (clients then keep theirs).</summary>
    public static string Frame(IEnumerable<string> activities, long? watermark)
    {
        var builder = new StringBuilder("{\"activities\":[");
        var first = true;
        foreach (var activity in activities)
        {
            builder.Append(first ? string.Empty : ",").Append(activity);
            first = false;
        }

        builder.Append(']');
        if (watermark is { } value)
        {
            builder.Append(",\"watermark\":\"").Append(DirectLineIds.Watermark(value)).Append('"');
        }

        return builder.Append('}').ToString();
    }
}
