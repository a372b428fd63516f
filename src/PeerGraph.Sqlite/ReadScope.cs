namespace PeerGraph.Sqlite;

/// <summary>
/// One read (an API request) on a <see cref="SqliteGraphStore"/>, held in an AsyncLocal while it lasts: the store
/// generation its first kept answer was checked against, so that its other calls need not read it again.
/// </summary>
internal sealed class ReadScope(AsyncLocal<ReadScope?> current) : IDisposable
{
    private const long Unknown = -1;

    private readonly ReadScope? _outer = current.Value;
    private long _generation = Unknown;

    public bool TryGetGeneration(out long generation)
    {
        generation = Volatile.Read(ref _generation);
        return generation != Unknown;
    }

    /// <summary>Keeps the generation first read in this scope (concurrent first reads: the first to finish wins).</summary>
    public void Remember(long generation) => Interlocked.CompareExchange(ref _generation, generation, Unknown);

    /// <summary>
    /// After the generation was read afresh inside the scope (a write's start or end): the scope answers as of at least
    /// that generation, never older than what the answer cache has since been told.
    /// </summary>
    public void Advance(long generation)
    {
        var known = Volatile.Read(ref _generation);
        while (known != Unknown && known < generation)
        {
            var seen = Interlocked.CompareExchange(ref _generation, generation, known);
            if (seen == known)
            {
                return;
            }
            known = seen;
        }
    }

    /// <summary>After a write through the store inside the scope: the next read checks the generation again.</summary>
    public void Forget() => Volatile.Write(ref _generation, Unknown);

    public void Dispose() => current.Value = _outer;
}
