using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;
using PeerGraph.Sqlite.Search;

namespace PeerGraph.Sqlite;

/// <summary>
/// Search from an in-memory index of search_doc (<see cref="SearchIndex"/>), kept at a store generation as the
/// theme sets are: this store's writes replace the documents they wrote after their commit, under the write gate (a
/// study's and its findings' documents, read back from search_doc); a write from elsewhere leaves the index behind the
/// generation, and the next search builds it again from search_doc. search_doc (a plain table since schema version 5)
/// stays the documents' source of truth; snippets are cut from its texts for the hits returned. The studies' text
/// filter reads the same index (SqliteGraphStore.Studies.cs).
/// </summary>
public sealed partial class SqliteGraphStore
{
    private const double MaxDeadSearchDocuments = 0.25;

    private readonly Lock _searchGate = new();
    private SearchIndex? _searchIndex;
    private long _searchGeneration = -1;

    public async Task<IReadOnlyList<SearchResult>> SearchAsync(string text, int first, bool withSnippets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = SearchText.Words(text);
        if (words.Count == 0 || first <= 0)
        {
            return [];
        }
        var index = await CurrentSearchIndexAsync(cancellationToken);
        var hits = index.Search(text, first);
        if (hits.Count == 0)
        {
            return [];
        }
        if (!withSnippets)
        {
            return hits.Select(h => new SearchResult(h.Node, h.Score, null)).ToList();
        }
        await using var session = await _connections.OpenAsync(cancellationToken);
        var texts = (await SqliteQuery.ListAsync(session, SqlScripts.SearchTextsByKeys,
                r => (Key: r.GetInt64(0), Texts: new[] { SqliteRows.Text(r, 1), SqliteRows.Text(r, 2), SqliteRows.Text(r, 3), SqliteRows.Text(r, 4) }, NodeId: r.GetString(5)),
                cancellationToken, ("$keys", JsonList.Of(hits.Select(h => h.Key)))))
            .ToDictionary(t => t.Key);
        return hits.Select(h => new SearchResult(h.Node, h.Score,
            texts.TryGetValue(h.Key, out var found) && found.NodeId == h.Node.Id ? SearchText.Snippet(found.Texts, words) : null)).ToList();
    }

    private async Task<SearchIndex> CurrentSearchIndexAsync(CancellationToken cancellationToken)
    {
        var generation = await ReadVersionAsync(cancellationToken);
        lock (_searchGate)
        {
            if (_searchIndex is not null && Answers(_searchGeneration, generation))
            {
                return _searchIndex;
            }
        }
        // Behind: a write of this store may be updating it (wait for it), else it is built again.
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            lock (_searchGate)
            {
                if (_searchIndex is not null && _searchGeneration >= generation)
                {
                    return _searchIndex;
                }
            }
            // Not the request's token: the build serves every search waiting behind it, and a client gone should not waste it.
            var (index, at) = await BuildSearchIndexAsync(CancellationToken.None);
            lock (_searchGate)
            {
                _searchIndex = index;
                _searchGeneration = at;
                return index;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>After this store's write committed at <paramref name="generation"/> (called under the write gate).</summary>
    private async Task FollowSearchAsync(long generation, SearchChange change, CancellationToken cancellationToken)
    {
        SearchIndex? index;
        lock (_searchGate)
        {
            index = _searchIndex;
            if (index is null || _searchGeneration != generation - 1 || change is SearchChange.AllDocuments)
            {
                // Built again at the next search: cheaper than replacing every document one by one.
                _searchIndex = null;
                _searchGeneration = -1;
                return;
            }
        }
        try
        {
            await using var session = await _connections.OpenAsync(cancellationToken);
            switch (change)
            {
                case SearchChange.StudyDocuments study:
                    index.ReplaceStudy(study.StudyId,
                        await SqliteQuery.ListAsync(session, SqlScripts.SearchDocumentsOfStudy, ReadSearchDocument, cancellationToken, ("$study", study.StudyId)));
                    break;
                case SearchChange.ThemeDocument theme:
                    // A document added under a key already in the index replaces it.
                    foreach (var document in await SqliteQuery.ListAsync(session, SqlScripts.SearchDocumentOfTheme, ReadSearchDocument, cancellationToken, ("$theme", theme.ThemeId)))
                    {
                        index.Add(document);
                    }
                    break;
            }
        }
        catch (Exception)
        {
            // The write has committed: it stands. The index is built again at the next search instead.
            lock (_searchGate)
            {
                _searchIndex = null;
                _searchGeneration = -1;
            }
            return;
        }
        lock (_searchGate)
        {
            if (ReferenceEquals(_searchIndex, index))
            {
                // Dead documents stay in the postings (SearchIndex); past a quarter of them, the next search builds it anew.
                var current = index.DeadShare <= MaxDeadSearchDocuments;
                _searchIndex = current ? index : null;
                _searchGeneration = current ? generation : -1;
            }
        }
    }

    /// <summary>Every search document and the generation they belong to, read in one read transaction.</summary>
    private async Task<(SearchIndex Index, long Generation)> BuildSearchIndexAsync(CancellationToken cancellationToken)
    {
        var index = new SearchIndex();
        var generation = await ReadWholeAsync(cancellationToken, (SqlScripts.SearchDocuments, r => index.Add(ReadSearchDocument(r))));
        index.Seal();
        return (index, generation);
    }

    private static SearchDocument ReadSearchDocument(SqliteDataReader r) => new(
        r.GetInt64(0), Enum.Parse<NodeKind>(r.GetString(1)), r.GetString(2), SqliteRows.Text(r, 3),
        SqliteRows.Text(r, 4), SqliteRows.Text(r, 5), SqliteRows.Text(r, 6), SqliteRows.Text(r, 7));
}
