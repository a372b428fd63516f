using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace PeerGraph.Core.Storage;

/// <summary>
/// The opaque cursor text clients see: base64url of a small versioned JSON array
/// <c>["c1", order, number, text, id]</c>. Anything that does not decode to exactly that shape is refused.
/// </summary>
public static class StudyCursorCodec
{
    private const string Version = "c1";

    /// <summary>Bytes of the reused buffer past which an encode lets it go (a cursor of a long title), so that no thread keeps a large one.</summary>
    private const int KeptBufferBytes = 4096;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _threadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _threadWriter;

    public static string Encode(StudyCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        // A page encodes a cursor per edge: the bytes go to this thread's buffer and writer, kept for the next cursor,
        // so that only the returned text is allocated (a stream, a writer and two arrays each before).
        var buffer = _threadBuffer ??= new ArrayBufferWriter<byte>(256);
        buffer.ResetWrittenCount();
        var writer = _threadWriter;
        if (writer is null)
        {
            _threadWriter = writer = new Utf8JsonWriter(buffer);
        }
        else
        {
            writer.Reset(buffer);
        }
        writer.WriteStartArray();
        writer.WriteStringValue(Version);
        writer.WriteStringValue(cursor.Order.ToString());
        if (cursor.Number is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
        writer.WriteStringValue(cursor.Text);
        writer.WriteStringValue(cursor.Id);
        writer.WriteEndArray();
        writer.Flush();
        var text = Base64Url.EncodeToString(buffer.WrittenSpan);
        if (buffer.Capacity > KeptBufferBytes)
        {
            _threadBuffer = null;
            _threadWriter = null;
        }
        return text;
    }

    public static bool TryDecode(string? text, out StudyCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text) || text.Length > 4096 || !Base64Url.IsValid(text))
        {
            return false;
        }
        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(text));
            var items = document.RootElement;
            if (items.ValueKind != JsonValueKind.Array || items.GetArrayLength() != 5
                || items[0].ValueKind != JsonValueKind.String || items[0].GetString() != Version
                || items[1].ValueKind != JsonValueKind.String || !Enum.TryParse<StudyOrder>(items[1].GetString(), out var order)
                || !Enum.IsDefined(order) || items[1].GetString() != order.ToString()
                || items[4].ValueKind != JsonValueKind.String)
            {
                return false;
            }
            long? number = items[2].ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Number when items[2].TryGetInt64(out var n) => n,
                _ => -1,
            };
            string? sortText = items[3].ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => items[3].GetString(),
                _ => "\0",
            };
            if (number == -1 || sortText == "\0" || (order == StudyOrder.TitleAsc ? sortText is null || number is not null : sortText is not null))
            {
                return false;
            }
            cursor = new StudyCursor(order, number, sortText, items[4].GetString()!);
            return true;
        }
        catch (Exception e) when (e is JsonException or FormatException or DecoderFallbackException)
        {
            return false;
        }
    }
}
