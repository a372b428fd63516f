using Microsoft.IO;

namespace PeerGraph.Api.Http;

/// <summary>
/// A response body held in memory (pooled blocks: <see cref="ResponseBufferPool"/>) until it is complete, refusing to
/// grow past a limit, so that an answer over the limit is replaced by an error before any byte of it is sent (a
/// half-written body would be unreadable). Write-only until <see cref="SendAsync"/>.
/// </summary>
public sealed class CappedResponseBuffer : Stream
{
    private readonly RecyclableMemoryStream _blocks;

    internal CappedResponseBuffer(RecyclableMemoryStream blocks, int limit)
    {
        _blocks = blocks;
        Limit = limit;
    }

    public int Limit { get; }

    public override long Length => _blocks.Length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Position
    {
        get => _blocks.Length;
        set => throw new NotSupportedException();
    }

    /// <summary>Drops what was written (to write an error in its place).</summary>
    public void Clear() => _blocks.SetLength(0);

    /// <summary>Copies what was written to <paramref name="destination"/>.</summary>
    public Task SendAsync(Stream destination, CancellationToken cancellationToken)
    {
        _blocks.Position = 0;
        return _blocks.CopyToAsync(destination, cancellationToken);
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        EnsureRoom(count);
        _blocks.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        EnsureRoom(buffer.Length);
        _blocks.Write(buffer);
    }

    public override void WriteByte(byte value)
    {
        EnsureRoom(1);
        _blocks.WriteByte(value);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer, offset, count);
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _blocks.Dispose();
        }
        base.Dispose(disposing);
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
