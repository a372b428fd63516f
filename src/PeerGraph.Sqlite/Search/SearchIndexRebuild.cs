namespace PeerGraph.Sqlite.Search;

/// <summary>
/// A build of the search index from search_doc running beside the index in use. Searches keep using the old index
/// meanwhile (its dead documents are only skipped); the writes committed while the build runs are noted here, and
/// replayed onto the new index before it takes the old one's place. Noted and read under the store's write gate; locked
/// anyway, since the list outlives any one write.
/// </summary>
internal sealed class SearchIndexRebuild : IDisposable
{
    private readonly List<(long Generation, SearchChange Change)> _changes = [];
    private readonly CancellationTokenSource _giveUp = new();

    /// <summary>Cancelled when the rebuild is given up (the index in use dropped or replaced, a seed load, the store disposed).</summary>
    public CancellationToken GivenUp => _giveUp.Token;

    public void GiveUp() => _giveUp.Cancel();

    public void Dispose() => _giveUp.Dispose();

    /// <summary>A write committed at <paramref name="generation"/> replaced <paramref name="change"/>'s documents.</summary>
    public void Note(long generation, SearchChange change)
    {
        lock (_changes)
        {
            _changes.Add((generation, change));
        }
    }

    /// <summary>The changes the build, which read the documents as of <paramref name="generation"/>, did not see.</summary>
    public IReadOnlyList<SearchChange> ChangesAfter(long generation)
    {
        lock (_changes)
        {
            return _changes.Where(c => c.Generation > generation).Select(c => c.Change).ToList();
        }
    }
}
