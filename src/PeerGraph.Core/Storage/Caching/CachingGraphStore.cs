using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;

namespace PeerGraph.Core.Storage.Caching;

/// <summary>
/// Keeps answers of any <see cref="IGraphStore"/> between calls and drops, on a write through it, only the answers that
/// depend on what the write touched (<see cref="KeptAnswers"/>):
/// <list type="bullet">
/// <item>a study's own records and lists (the study by id, its authors, methods, settings, participants, findings,
/// themes) depend on that study, so a write of another study keeps them;</item>
/// <item>journals and authors by id depend on themselves (a study write touches those its old and new versions name;
/// settings on every write of a study with settings, since one may rename a setting);</item>
/// <item>whole-graph questions (search, text-filtered pages and pages by title, paths) depend on the graph, which
/// every study write touches; those derived only from what hangs off the studies (the evidence map, co-occurrence,
/// stats, related studies) on the links, which every study write touches too unless the store tells it reached only
/// the study's own fields (<see cref="IStudyWriteReach"/>); other pages on the links, the page keys (which such a
/// write touches only when it changes the study's year, citation count or DOI) and the studies they list; a write a
/// store with a version tells wrote nothing touches nothing;</item>
/// <item>the taxonomy (themes and groups) and everything else on the epoch, which a theme write, a seed load, or a
/// write this object did not see moves.</item>
/// </list>
/// Writes made elsewhere: a store that implements <see cref="IStoreVersion"/> (SQLite: the store generation) is asked
/// once per read scope whether its version moved beyond this object's own writes, and then everything is dropped. A
/// store that cannot tell (Neo4j, also written from Neo4j Browser) gets <see cref="CachingGraphStoreOptions.MaxAge"/>.
/// Calls not listed above go straight to the store. An answer is kept the second time its question is asked lately,
/// not the first (<see cref="RecentQuestions"/>), unless <see cref="CachingGraphStoreOptions.KeepsFirstAnswers"/>.
/// </summary>
public sealed partial class CachingGraphStore : IGraphStore, IDisposable
{
    private const string GraphTag = "graph";

    /// <summary>
    /// What hangs off the studies (findings, themes, perspectives, links): answers derived only from it (related
    /// studies, the evidence map, co-occurrence, the counts) outlive a write of a study's own fields.
    /// </summary>
    private const string LinksTag = "links";

    /// <summary>
    /// The studies' own fields that choose and order the studies of a page (year, citation count, DOI; not the title or
    /// other text): a page filtered without text and not ordered by title outlives a write of another study that
    /// changes none of them (a new title, abstract or keywords).
    /// </summary>
    private const string PageKeysTag = "page-keys";
    private const string SettingsTag = "settings";

    private readonly IGraphStore _inner;
    private readonly IStoreVersion? _version;
    private readonly KeptAnswers _answers;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly AsyncLocal<ReadScope?> _scope = new();
    private long _knownVersion = -1;

    /// <summary>
    /// The study write of this object under way (null: none, or one that touches everything). Set before the write
    /// reaches the store and cleared once its stale answers are dropped, so that a read finding the write committed but
    /// not yet recorded can still use every kept answer that does not depend on its tags.
    /// </summary>
    private volatile PendingWrite? _pending;

    /// <param name="Tags">What the write may touch.</param>
    /// <param name="Base">The store's version before it, every earlier write accounted for.</param>
    private sealed record PendingWrite(IReadOnlySet<string> Tags, long Base);

    public CachingGraphStore(IGraphStore inner, CachingGraphStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Entries < 0)
        {
            throw new ArgumentException($"the question cache size must be 0 (off) or more, not {options.Entries}", nameof(options));
        }
        _inner = inner;
        _version = inner as IStoreVersion;
        _answers = new KeptAnswers(options);
    }

    /// <summary>The store this one keeps answers of.</summary>
    public IGraphStore Inner => _inner;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => _inner.InitializeAsync(cancellationToken);

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => _inner.IsReadyAsync(cancellationToken);

    public Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) => _inner.IsEmptyAsync(cancellationToken);

    public Task WarmUpAsync(CancellationToken cancellationToken = default) => _inner.WarmUpAsync(cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Here: the store's version is read once per scope instead of once per call that uses kept answers.</remarks>
    public IDisposable OpenReadScope()
    {
        var scope = new ReadScope(_scope, _inner.OpenReadScope());
        _scope.Value = scope;
        return scope;
    }

    // ---------------------------------------------------------------- the machinery

    /// <summary>
    /// Drops everything when the store's version moved by a write this object did not make. Says which kept answers
    /// may be used now: all; none (a write of this object that touches everything is under way and has not yet dropped
    /// what it made stale: the caller then reads straight from the store and keeps nothing); or all but those depending
    /// on the tags a study write under way may touch (<see cref="Currency.Avoid"/>).
    /// </summary>
    private async ValueTask<Currency> EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        if (_version is null)
        {
            return Currency.All;
        }
        var scope = _scope.Value;
        if (scope is { Checked: true })
        {
            return scope.Currency;
        }
        var version = await _version.ReadVersionAsync(cancellationToken);
        var currency = Currency.All;
        if (version > Volatile.Read(ref _knownVersion))
        {
            // A write of this object may have committed and not yet recorded its version. Waiting for it queued this
            // read behind every write waiting after it (p99 of 1 to 2 s with 5 % writes): read past the answers it may
            // have made stale instead (with 5 % writes the gate is held most of the time, so reading past all of them
            // left the answer cache unused).
            if (_writeGate.Wait(0))
            {
                try
                {
                    if (version > _knownVersion)
                    {
                        _answers.TouchEverything();
                        Volatile.Write(ref _knownVersion, version);
                    }
                }
                finally
                {
                    _writeGate.Release();
                }
            }
            else
            {
                // Only one commit past the write's base can be the write's own; more means someone else wrote too.
                // (A commit of someone else while the write commits nothing, an unchanged upsert, looks the same: it
                // is dropped with everything when the write ends and finds the version moved unexpectedly.)
                currency = _pending is { } pending && version == pending.Base + 1 ? new Currency(true, pending.Tags) : Currency.None;
            }
        }
        if (scope is not null)
        {
            scope.Currency = currency;
            scope.Checked = true;
        }
        return currency;
    }

    /// <summary>Which kept answers a read may use: none unless <see cref="Usable"/>; then all but those depending on a tag of <see cref="Avoid"/>.</summary>
    private sealed record Currency(bool Usable, IReadOnlySet<string>? Avoid)
    {
        public static Currency All { get; } = new(true, null);

        public static Currency None { get; } = new(false, null);

        public bool Allows(string[] tags)
        {
            if (!Usable)
            {
                return false;
            }
            if (Avoid is null)
            {
                return true;
            }
            foreach (var tag in tags)
            {
                if (Avoid.Contains(tag))
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>
    /// An answer depending on <paramref name="tags"/> (none: only on the epoch), and on the tags
    /// <paramref name="tagsOfAnswer"/> finds in it, kept or computed and kept.
    /// </summary>
    private async Task<T> KeptAsync<T>(object key, string[] tags, Func<Task<T>> compute, CancellationToken cancellationToken,
        Func<T, IEnumerable<string>>? tagsOfAnswer = null)
    {
        if (!_answers.Enabled || !(await EnsureCurrentAsync(cancellationToken)).Allows(tags))
        {
            return await compute();
        }
        if (_answers.TryGet<T>(key, out var kept))
        {
            return kept;
        }
        var stamp = _answers.StampOf(tags);
        var answer = await compute();
        _answers.Set(key, answer, tagsOfAnswer is null ? stamp : stamp.With(tagsOfAnswer(answer)));
        return answer;
    }

    private Task<T> QuestionAsync<T>(object key, Func<Task<T>> compute, CancellationToken cancellationToken) =>
        KeptAsync(key, [GraphTag], compute, cancellationToken);

    /// <summary>A whole-graph question answered from what hangs off the studies only, not from their own fields.</summary>
    private Task<T> LinksQuestionAsync<T>(object key, Func<Task<T>> compute, CancellationToken cancellationToken) =>
        KeptAsync(key, [LinksTag], compute, cancellationToken);

    /// <summary>
    /// Answers per key (a record by id, or a parent's list), each kept on its own with the tags <paramref name="tagsOf"/>
    /// gives it: keys answered before are read from the cache, the others fetched together by one call of
    /// <paramref name="fetch"/>. A record lookup leaves unknown ids out (not kept); a list answers every key.
    /// </summary>
    private async Task<Dictionary<string, T>> PerKeyAsync<T>(string kind, IReadOnlyCollection<string> keys, Func<string, string[]> tagsOf,
        Func<List<string>, Task<IEnumerable<KeyValuePair<string, T>>>> fetch, CancellationToken cancellationToken)
    {
        var answers = new Dictionary<string, T>(keys.Count, StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return answers;
        }
        var currency = _answers.Enabled ? await EnsureCurrentAsync(cancellationToken) : Currency.None;
        List<string>? missing = null;
        HashSet<string>? missingSet = null;
        Dictionary<string, KeptAnswers.Stamp>? stamps = null;
        foreach (var key in keys)
        {
            if (answers.ContainsKey(key) || (missingSet?.Contains(key) ?? false))
            {
                continue;
            }
            // Tags are made only where they are needed: a study write under way to avoid, or a stamp for a miss.
            string[]? tags = null;
            var usable = currency.Usable && (currency.Avoid is null || currency.Allows(tags = tagsOf(key)));
            if (usable && _answers.TryGet<T>(new PerKey(kind, key), out var kept))
            {
                answers[key] = kept;
                continue;
            }
            (missing ??= []).Add(key);
            (missingSet ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
            if (usable)
            {
                (stamps ??= new Dictionary<string, KeptAnswers.Stamp>(StringComparer.Ordinal))[key] = _answers.StampOf(tags ?? tagsOf(key));
            }
        }
        if (missing is not null)
        {
            foreach (var (key, value) in await fetch(missing))
            {
                answers[key] = value;
                if (stamps is not null && stamps.TryGetValue(key, out var stamp))
                {
                    _answers.Set(new PerKey(kind, key), value, stamp);
                }
            }
        }
        return answers;
    }

    private async Task<IReadOnlyList<T>> RecordsAsync<T>(string kind, IReadOnlyCollection<string> ids, Func<IReadOnlyCollection<string>, Task<IReadOnlyList<T>>> fetch,
        Func<T, string> idOf, CancellationToken cancellationToken)
    {
        var found = await PerKeyAsync(kind, ids, id => [$"{kind}:{id}"],
            async missing => (await fetch(missing)).Select(r => KeyValuePair.Create(idOf(r), r)), cancellationToken);
        return [.. found.Values];
    }

    /// <summary>A list per study, kept per study; it depends on the study (and on <paramref name="extraTag"/>).</summary>
    private async Task<ILookup<string, T>> OfStudiesAsync<T>(string kind, IReadOnlyCollection<string> studyIds,
        Func<IReadOnlyCollection<string>, Task<ILookup<string, T>>> fetch, CancellationToken cancellationToken, string? extraTag = null)
    {
        return new ListsByKey<T>(await PerKeyAsync<IReadOnlyList<T>>(kind, studyIds, id => extraTag is null ? [StudyTag(id)] : [StudyTag(id), extraTag],
            async missing =>
            {
                var found = await fetch(missing);
                return missing.Select(id => KeyValuePair.Create(id, ListsByKey<T>.ListOf(found, id)));
            }, cancellationToken));
    }

    private static string StudyTag(string id) => $"study:{id}";

    private sealed record PerKey(string Kind, string Key);

    private sealed class ReadScope(AsyncLocal<ReadScope?> current, IDisposable inner) : IDisposable
    {
        private readonly ReadScope? _outer = current.Value;

        public volatile bool Checked;

        /// <summary>The kept answers the scope may use (see EnsureCurrentAsync).</summary>
        public volatile Currency Currency = Currency.All;

        public void Dispose()
        {
            current.Value = _outer;
            inner.Dispose();
        }
    }

    // ---------------------------------------------------------------- writes

    public async Task UpsertStudyAsync(StudyRecord study, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(study);
        var touched = new List<string>();
        if (study.Journal is { } journal)
        {
            touched.Add($"journal:{Slug.From(journal.Name)}");
        }
        touched.AddRange(study.Authors.Select(a => $"author:{Slug.From(a)}"));
        if (study.Settings.Count > 0)
        {
            touched.Add(SettingsTag);
        }
        Func<Task<StudyWriteReach>> write = _inner is IStudyWriteReach reaching
            ? () => reaching.UpsertStudyReachingAsync(study, cancellationToken)
            : async () =>
            {
                await _inner.UpsertStudyAsync(study, cancellationToken);
                return StudyWriteReach.Everything;
            };
        await WriteAsync(study.Id, touched, write, cancellationToken, written: study);
    }

    public async Task<bool> DeleteStudyAsync(string studyId, CancellationToken cancellationToken = default)
    {
        var deleted = false;
        await WriteAsync(studyId, [], Everything(async () => deleted = await _inner.DeleteStudyAsync(studyId, cancellationToken)), cancellationToken);
        return deleted;
    }

    public Task UpsertThemeAsync(Theme theme, CancellationToken cancellationToken = default) =>
        WriteAsync(null, [], Everything(() => _inner.UpsertThemeAsync(theme, cancellationToken)), cancellationToken);

    public Task LoadSeedAsync(SeedGraph seed, IProgress<SeedLoadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        WriteAsync(null, [], Everything(() => _inner.LoadSeedAsync(seed, progress, cancellationToken)), cancellationToken);

    public Task LoadSeedAsync(CheckedSeed seed, IProgress<SeedLoadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        WriteAsync(null, [], Everything(() => _inner.LoadSeedAsync(seed, progress, cancellationToken)), cancellationToken);

    private static Func<Task<StudyWriteReach>> Everything(Func<Task> write) => async () =>
    {
        await write();
        return StudyWriteReach.Everything;
    };

    /// <summary>
    /// A write through the store, then the answers it makes stale: for a study (<paramref name="studyId"/>), those
    /// depending on the study, the graph, its links (<see cref="LinksTag"/>), the page keys, <paramref name="touched"/>
    /// and what the study's old version linked to; or, when the write reached only the study's own fields, those
    /// depending on the study and the graph, and on the page keys unless <paramref name="written"/> kept the stored
    /// study's; else all.
    /// </summary>
    private async Task WriteAsync(string? studyId, List<string> touched, Func<Task<StudyWriteReach>> write, CancellationToken cancellationToken,
        StudyRecord? written = null)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var before = _version is null ? 0 : await _version.ReadLatestVersionAsync(cancellationToken);
            if (_version is not null && before != Volatile.Read(ref _knownVersion))
            {
                _answers.TouchEverything(); // someone else wrote since this object last looked
                Volatile.Write(ref _knownVersion, Math.Max(before, _knownVersion));
            }
            string[]? ownFieldsTouched = null;
            if (studyId is not null && _answers.Enabled)
            {
                touched.Add(StudyTag(studyId));
                touched.Add(GraphTag);
                touched.Add(LinksTag);
                // Pages depend on the studies they list too, tags Currency.Allows never sees (they are learnt from the
                // answer): a page is kept out of reads during this write only because it also depends on the links and
                // the page keys, both always in the pending set.
                touched.Add(PageKeysTag);
                var (stored, linked) = await StoredLinksAsync(studyId, cancellationToken);
                touched.AddRange(linked);
                ownFieldsTouched = PageKeysKept(stored, written) ? [StudyTag(studyId), GraphTag] : [StudyTag(studyId), GraphTag, PageKeysTag];
                _pending = new PendingWrite(touched.ToHashSet(StringComparer.Ordinal), before);
            }
            var reach = StudyWriteReach.Everything;
            var completed = false;
            try
            {
                reach = await write();
                completed = true;
            }
            finally
            {
                // A store with a version moves it with every committed write: unmoved, nothing was written (an upsert
                // of a study as it is stored, a failed write) and every kept answer stands. Without a version, the
                // answers the write may have touched are dropped, also after a failure (dropping is always safe).
                var after = _version is null ? 1 : await _version.ReadLatestVersionAsync(CancellationToken.None);
                if (after != before)
                {
                    if (studyId is null)
                    {
                        _answers.TouchEverything();
                    }
                    else
                    {
                        _answers.Touch(reach == StudyWriteReach.OwnFields && ownFieldsTouched is not null ? ownFieldsTouched : touched);
                    }
                }
                if (_version is not null)
                {
                    // The write moved the version by one if it wrote, by none if it wrote nothing (an unchanged upsert);
                    // any other move is someone else's write too, and so is any move after a failure (it may or may
                    // not have committed).
                    var ownMove = reach == StudyWriteReach.Nothing ? 0 : 1;
                    if (completed ? after != before + ownMove : after != before)
                    {
                        _answers.TouchEverything(); // someone else wrote too
                    }
                    Volatile.Write(ref _knownVersion, Math.Max(after, _knownVersion)); // never backwards
                }
                if (_scope.Value is { } scope)
                {
                    scope.Checked = false;
                }
            }
        }
        finally
        {
            _pending = null;
            _writeGate.Release();
        }
    }

    /// <summary>
    /// The study as stored (null: none yet), and the tags of what it links to: its journal and authors, and settings if
    /// any.
    /// </summary>
    private async Task<(Study? Stored, List<string> Linked)> StoredLinksAsync(string studyId, CancellationToken cancellationToken)
    {
        var tags = new List<string>();
        var stored = (await _inner.GetStudiesAsync([studyId], cancellationToken)).FirstOrDefault();
        if (stored?.JournalId is { } journal)
        {
            tags.Add($"journal:{journal}");
        }
        tags.AddRange((await _inner.AuthorsOfStudiesAsync([studyId], cancellationToken))[studyId].Select(a => $"author:{a.Id}"));
        if ((await _inner.SettingsOfStudiesAsync([studyId], cancellationToken))[studyId].Any())
        {
            tags.Add(SettingsTag);
        }
        return (stored, tags);
    }

    /// <summary>
    /// True when <paramref name="written"/> keeps every page key of the <paramref name="stored"/> study (year, citation
    /// count, DOI), so that a write of its own fields lists it on the same pages in the same places.
    /// </summary>
    private static bool PageKeysKept(Study? stored, StudyRecord? written) =>
        stored is not null && written is not null && stored.Year == written.Year && stored.CitationCount == written.CitationCount
        && string.Equals(stored.Doi, written.Doi, StringComparison.Ordinal);

    /// <summary>Drops the kept answers; the store itself belongs to whoever made it (the container).</summary>
    public void Dispose()
    {
        _answers.Dispose();
        _writeGate.Dispose();
    }
}
