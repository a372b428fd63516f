using System.Text.Json;

namespace PeerGraph.Core.Seed;

/// <summary>
/// Reads a bundle file front to back without holding it whole: the root object's property names, and each element of
/// an array property as a small <see cref="JsonDocument"/> of its own (one study at a time). Written by hand because
/// System.Text.Json streams only a top-level array (JsonSerializer.DeserializeAsyncEnumerable), and a bundle's studies
/// are a property of its root object. Malformed JSON throws <see cref="JsonException"/> with the line and column in
/// the whole file (the reader's state carries them from one buffer to the next).
/// </summary>
internal sealed class BundleFileReader : IDisposable
{
    private const int InitialBufferBytes = 1 << 20;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[InitialBufferBytes];
    private int _start;
    private int _end;
    private bool _finalBlock;
    private JsonReaderState _state;

    public BundleFileReader(string file, int maxDepth)
    {
        _stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = maxDepth });
    }

    /// <summary>The next token of the file, not consumed; null at the end of the data.</summary>
    public JsonTokenType? PeekToken()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _finalBlock, _state);
            if (reader.Read())
            {
                return reader.TokenType;
            }
            if (_finalBlock)
            {
                return null;
            }
            Refill();
        }
    }

    /// <summary>The next token of the file, consumed; null at the end of the data.</summary>
    public JsonTokenType? ReadToken(out string? propertyName)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _finalBlock, _state);
            if (reader.Read())
            {
                propertyName = reader.TokenType == JsonTokenType.PropertyName ? reader.GetString() : null;
                Consume(ref reader);
                return reader.TokenType;
            }
            if (_finalBlock)
            {
                propertyName = null;
                return null;
            }
            Refill();
        }
    }

    /// <summary>
    /// The next value (after a property name, or the next element of an array) as a document of its own, consumed;
    /// null when the next token ends the array instead (then that token is consumed too).
    /// </summary>
    public JsonDocument? ReadValue()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _finalBlock, _state);
            if (!reader.Read())
            {
                if (_finalBlock)
                {
                    // The reader itself throws for data that ends inside a value; here the root value was complete.
                    throw new JsonException("expected a value, found the end of the file", null, null, null);
                }
                Refill();
                continue;
            }
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                Consume(ref reader);
                return null;
            }
            if (JsonDocument.TryParseValue(ref reader, out var document))
            {
                Consume(ref reader);
                return document;
            }
            Refill();
        }
    }

    /// <summary>
    /// Skips the next value (after a property name) whole, token by token across buffers: TrySkip would need the whole
    /// value in the buffer, and the value skipped is mostly the studies array.
    /// </summary>
    public void SkipValue() => SkipValue(out _);

    /// <inheritdoc cref="SkipValue()"/>
    /// <param name="elements">When the value is an array, its number of elements.</param>
    public void SkipValue(out int elements)
    {
        elements = 0;
        int? depth = null;
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _finalBlock, _state);
            while (reader.Read())
            {
                if (depth is null)
                {
                    if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                    {
                        Consume(ref reader);
                        return;
                    }
                    depth = reader.CurrentDepth;
                }
                else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    if (reader.CurrentDepth == depth)
                    {
                        Consume(ref reader);
                        return;
                    }
                }
                else if (reader.CurrentDepth == depth + 1 && reader.TokenType != JsonTokenType.PropertyName)
                {
                    elements++;
                }
            }
            Consume(ref reader);
            if (_finalBlock)
            {
                throw new JsonException("expected a value, found the end of the file", null, null, null);
            }
            Refill();
        }
    }

    private void Consume(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    /// <summary>Keeps the unread bytes, grows the buffer when one value fills it, and reads more of the file.</summary>
    private void Refill()
    {
        var unread = _end - _start;
        if (unread == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
        }
        _start = 0;
        _end = unread;
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _finalBlock = read == 0;
    }

    public void Dispose() => _stream.Dispose();
}
