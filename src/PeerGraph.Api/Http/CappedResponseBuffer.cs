namespace PeerGraph.Api.Http;

/// <summary>
/// A response body held in memory until it is complete, refusing to grow past a limit, so that an answer over the
/// limit is replaced by an error before any byte of it is sent (a half-written body would be unreadable).
/// </summary>
public sealed class CappedResponseBuffer(int limit) : MemoryStream
{
    public int Limit { get; } = limit;

    public override void Write(byte[] buffer, int offset, int count)
    {
        EnsureRoom(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        EnsureRoom(buffer.Length);
        base.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        EnsureRoom(1);
        base.WriteByte(value);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        EnsureRoom(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        EnsureRoom(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    private void EnsureRoom(int count)
    {
        if (Length + count > Limit)
        {
            throw new LimitExceededException(Limit);
        }
    }

    public sealed class LimitExceededException(int limit) : IOException($"The response is larger than {limit} bytes.");
}
