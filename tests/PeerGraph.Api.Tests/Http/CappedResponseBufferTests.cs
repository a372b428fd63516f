using PeerGraph.Api.Http;

namespace PeerGraph.Api.Tests.Http;

/// <summary>
/// The pooled buffer an answer is written into before it is sent: whole and byte for byte across its blocks, refused
/// past the limit before a byte is sent, and returned to the pool empty for the next answer.
/// </summary>
public sealed class CappedResponseBufferTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Bytes(int length, int seed) => Enumerable.Range(0, length).Select(i => (byte)((i * 31) + seed)).ToArray();

    [Fact]
    public async Task An_answer_over_several_blocks_is_sent_whole_and_in_order()
    {
        var pool = new ResponseBufferPool();
        var answer = Bytes((5 * ResponseBufferPool.BlockSize) + 123, seed: 7);
        await using var buffer = pool.Rent(limit: 1 << 20);
        // Written as a serializer does: pieces of every size, some synchronous, some not.
        var written = 0;
        foreach (var piece in new[] { 1, 100, ResponseBufferPool.BlockSize - 101, 3 * ResponseBufferPool.BlockSize, int.MaxValue })
        {
            var count = Math.Min(piece, answer.Length - written);
            if (piece == 1)
            {
                buffer.WriteByte(answer[written]);
            }
            else if (piece % 2 == 0)
            {
                await buffer.WriteAsync(answer.AsMemory(written, count), Ct);
            }
            else
            {
                buffer.Write(answer, written, count);
            }
            written += count;
        }

        using var sent = new MemoryStream();
        await buffer.SendAsync(sent, Ct);

        Assert.Equal(answer.Length, buffer.Length);
        Assert.Equal(answer, sent.ToArray());
    }

    [Fact]
    public async Task A_write_past_the_limit_is_refused_and_what_was_written_can_be_replaced()
    {
        await using var buffer = new ResponseBufferPool().Rent(limit: 1000);
        buffer.Write(Bytes(600, seed: 1));

        Assert.Throws<CappedResponseBuffer.LimitExceededException>(() => buffer.Write(Bytes(401, seed: 2)));
        Assert.Equal(600, buffer.Length);

        buffer.Clear();
        var error = Bytes(1000, seed: 3);
        buffer.Write(error);
        using var sent = new MemoryStream();
        await buffer.SendAsync(sent, Ct);
        Assert.Equal(error, sent.ToArray());
    }

    [Fact]
    public async Task A_buffer_rented_after_another_was_returned_starts_empty()
    {
        var pool = new ResponseBufferPool();
        await using (var first = pool.Rent(limit: 1 << 20))
        {
            first.Write(Bytes(2 * ResponseBufferPool.BlockSize, seed: 9));
        }

        await using var second = pool.Rent(limit: 1 << 20);
        var answer = Bytes(10, seed: 4);
        second.Write(answer);
        using var sent = new MemoryStream();
        await second.SendAsync(sent, Ct);

        Assert.Equal(answer, sent.ToArray());
    }
}
