using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;
using PeerGraph.Sqlite.Search;

namespace PeerGraph.Sqlite;

/// <summary>
/// Search from an in-memory index of search_doc (<see cref="SearchIndex"/>), kept at a store generation as the
/// theme sets are: this store's writes replace the documents they wrote after their commit, under the write gate (a
/// study's and its findings' documents, or the study's own alone when only its own fields changed, read back from
/// search_doc); a write from elsewhere leaves the index behind the generation, and the next search builds it again
/// from search_doc. Once a quarter of its documents are dead (replaced by writes), a new index is built beside it, off
/// the write gate, while it goes on answering (SearchIndexRebuild). search_doc (a plain table since schema version 5)
/// stays the documents' source of truth; snippets are cut from its texts for the hits returned. The studies' text
/// filter reads the same index (SqliteGraphStore.Studies.cs).
/// </summary>
public sealed partial class SqliteGraphStore
{
    private const double MaxDeadSearchDocuments = 0.25;

    private readonly Lock _searchGate = new();
    private SearchIndex? _searchIndex;
    private long _searchGeneration = -1;
    private SearchIndexRebuild? _searchRebuild;

    /// <summary>The last rebuild of the search index started beside the one in use (for tests: done once it ends).</summary>
    internal Task SearchRebuildTask { get; private set; } = Task.CompletedTask;

    /// <summary>For tests: awaited by a rebuild between its build and its replay of the writes made meanwhile.</summary>
    internal Func<Task> BeforeSearchRebuildReplay { get; set; } = () => Task.CompletedTask;

    /// <summary>For tests: the dead share of the index in use (null: none, built at the next search).</summary>
    internal double? SearchIndexDeadShare
    {
        get
        {
            lock (_searchGate)
            {
                return _searchIndex?.DeadShare;
            }
        }
    }

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
                ReplaceSearchIndex(index, at);
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
                ReplaceSearchIndex(null, -1);
                return;
            }
            _searchRebuild?.Note(generation, change);
        }
        try
        {
            await using var session = await _connections.OpenAsync(cancellationToken);
            await ApplySearchChangeAsync(index, change, session, cancellationToken);
        }
        catch (Exception)
        {
            // The write has committed: it stands. The index is built again at the next search instead.
            lock (_searchGate)
            {
                ReplaceSearchIndex(null, -1);
            }
            return;
        }
        lock (_searchGate)
        {
            if (ReferenceEquals(_searchIndex, index))
            {
                _searchGeneration = generation;
                // Dead documents stay in the postings (SearchIndex); past a quarter of them, a new index is built
                // beside this one, which serves every search until then. (Dropping it instead left the next search to
                // build the new one under the write gate: every search and write waited about a second per 10,000
                // studies, once every 2,700 title writes at 10,000 studies, when each replaced its findings' documents too.)
                if (index.DeadShare > MaxDeadSearchDocuments && _searchRebuild is null)
                {
                    var rebuild = new SearchIndexRebuild();
                    _searchRebuild = rebuild;
                    SearchRebuildTask = Task.Run(() => RebuildSearchIndexAsync(rebuild));
                }
            }
        }
    }

    /// <summary>Reads the documents <paramref name="change"/> names as they are now and puts them in <paramref name="index"/>.</summary>
    private static async Task ApplySearchChangeAsync(SearchIndex index, SearchChange change, ReadSession session, CancellationToken cancellationToken)
    {
        switch (change)
        {
            case SearchChange.StudyDocuments study:
                index.ReplaceStudy(study.StudyId,
                    await SqliteQuery.ListAsync(session, SqlScripts.SearchDocumentsOfStudy, ReadSearchDocument, cancellationToken, ("$study", study.StudyId)));
                break;
            case SearchChange.StudyOwnDocument own:
                // Added under the key of the document it replaces (the findings' stay as they were).
                foreach (var document in await SqliteQuery.ListAsync(session, SqlScripts.SearchDocumentOfStudy, ReadSearchDocument, cancellationToken, ("$study", own.StudyId)))
                {
                    index.Add(document);
                }
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

    /// <summary>
    /// Builds the index anew beside the one in use; then, under the write gate, replays onto it the writes committed
    /// since the build's read transaction began, and puts it in the old one's place. Given up when the index in use
    /// is dropped or replaced meanwhile. On an error the index in use is dropped, as it was before rebuilds ran beside
    /// it: the next search builds it under the write gate (and a failing build is not tried again at every write).
    /// </summary>
    private async Task RebuildSearchIndexAsync(SearchIndexRebuild rebuild)
    {
        var givenUp = rebuild.GivenUp;
        try
        {
            var (index, at) = await BuildSearchIndexAsync(givenUp);
            await BeforeSearchRebuildReplay().WaitAsync(givenUp);
            await _writeGate.WaitAsync(givenUp);
            try
            {
                if (givenUp.IsCancellationRequested)
                {
                    return;
                }
                await using (var session = await _connections.OpenAsync(givenUp))
                {
                    foreach (var change in rebuild.ChangesAfter(at))
                    {
                        await ApplySearchChangeAsync(index, change, session, givenUp);
                    }
                }
                lock (_searchGate)
                {
                    if (ReferenceEquals(_searchRebuild, rebuild))
                    {
                        // Labelled with the generation of the index it replaces, which every write of this store has
                        // followed (under the write gate). A write from elsewhere since then may be in it or not: the
                        // label is behind that write's generation, so the next search builds the index again anyway.
                        _searchIndex = index;
                        _searchRebuild = null;
                    }
                }
            }
            finally
            {
                _writeGate.Release();
            }
        }
        catch (Exception) when (givenUp.IsCancellationRequested)
        {
        }
        catch (Exception)
        {
            lock (_searchGate)
            {
                if (ReferenceEquals(_searchRebuild, rebuild))
                {
                    ReplaceSearchIndex(null, -1);
                }
            }
        }
        finally
        {
            lock (_searchGate)
            {
                if (ReferenceEquals(_searchRebuild, rebuild))
                {
                    _searchRebuild = null;
                }
            }
            rebuild.Dispose();
        }
    }

    /// <summary>
    /// Sets the index in use (null: built at the next search) and gives up any rebuild under way, whose index would be
    /// of the one replaced. Under <see cref="_searchGate"/>.
    /// </summary>
    private void ReplaceSearchIndex(SearchIndex? index, long generation)
    {
        _searchIndex = index;
        _searchGeneration = generation;
        _searchRebuild?.GiveUp();
        _searchRebuild = null;
    }

    /// <summary>Gives up a rebuild of the search index under way; the task ends soon after (it never fails).</summary>
    private Task StopSearchRebuild()
    {
        lock (_searchGate)
        {
            _searchRebuild?.GiveUp();
            _searchRebuild = null;
            return SearchRebuildTask;
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
