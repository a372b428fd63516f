using Microsoft.IO;

namespace PeerGraph.Api.Http;

/// <summary>
/// The pooled memory GraphQL answers are written into before they are sent (<see cref="CappedResponseBuffer"/>):
/// Microsoft.IO.RecyclableMemoryStream's blocks, rented per answer and returned when it is sent, instead of a
/// <see cref="MemoryStream"/> that allocated a new array at each doubling (about a twentieth of what a request
/// allocated: README.md, "Session 21"). What the pool keeps when idle is bounded.
/// </summary>
public sealed class ResponseBufferPool
{
    /// <summary>Bytes of a block: most answers fit in one (a page of 20 studies is about 10 KiB).</summary>
    public const int BlockSize = 16 << 10;

    /// <summary>Bytes of free blocks the pool keeps for the next answers (64 connections' worth of small answers); more is let go.</summary>
    public const long MaximumFreeBlockBytes = 4 << 20;

    private readonly RecyclableMemoryStreamManager _manager = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = BlockSize,
        MaximumSmallPoolFreeBytes = MaximumFreeBlockBytes,
        // Large buffers are made only by GetBuffer, which nothing here calls; bounded all the same.
        MaximumLargePoolFreeBytes = MaximumFreeBlockBytes,
        AggressiveBufferReturn = true,
    });

    /// <summary>An empty buffer holding at most <paramref name="limit"/> bytes; dispose it to return its blocks.</summary>
    public CappedResponseBuffer Rent(int limit) => new(_manager.GetStream("graphql-response"), limit);
}
