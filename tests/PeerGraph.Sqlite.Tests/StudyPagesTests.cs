using System.Text;
using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;
using PeerGraph.StoreContract;

namespace PeerGraph.Sqlite.Tests;

/// <summary>
/// Study pages come from rows held in memory that follow each write (SqliteGraphStore.Studies.cs): after upserts that
/// change years, citation counts, titles and themes, deletes and a moved theme, every filter mix in every order, walked
/// page by page with cursors, equals a plain LINQ computation over the resulting graph, in the store that wrote and in
/// a second store on the same file (which builds its rows from the database). Titles include characters that order
/// differently in UTF-16 and in UTF-8 (SQLite's BINARY order, which the SQL store used). The text filter is among the
/// filters, answered from the search index as theme-set slots (its own tests: SearchIndexTests' text-filter ones).
/// </summary>
public sealed class StudyPagesTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "peergraph-pages-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }

    [Fact]
    public async Task Pages_after_writes_equal_a_direct_computation_for_every_order_and_filter_mix()
    {
        var ct = TestContext.Current.CancellationToken;
        var random = new Random(17);
        var seed = Seeds.Generated(300, seed: 23);
        var studies = seed.Studies.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var themes = seed.Themes.ToList();
        using var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir });
        await store.InitializeAsync(ct);
        await store.LoadSeedAsync(seed, cancellationToken: ct);
        // A first page before the writes, so the rows are built and then follow each write.
        await store.QueryStudiesAsync(new StudyQuery(StudyFilter.None), ct);

        string[] oddTitles = ["\U0001F600 smile", "\uE000 private use", "\uFFFD replacement", "Zebra", "zebra", "éclair", "Eclair"];
        var ids = studies.Keys.Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < 40; i++)
        {
            var old = studies[ids[random.Next(ids.Count)]];
            var changed = old with
            {
                Year = random.Next(5) == 0 ? null : random.Next(1995, 2025),
                CitationCount = random.Next(4) == 0 ? null : random.Next(0, 50),
                Title = i % 3 == 0 ? oddTitles[i / 3 % oddTitles.Length] : old.Title,
                // Some lose every finding (a study without themes is still on the pages).
                Findings = random.Next(6) == 0 ? [] : [.. old.Findings.Select(f => f with { ThemeId = themes[random.Next(themes.Count)].Id })],
            };
            await store.UpsertStudyAsync(changed, ct);
            studies[changed.Id] = changed;
        }
        foreach (var id in ids.Where((_, i) => i % 37 == 0))
        {
            await store.DeleteStudyAsync(id, ct);
            studies.Remove(id);
        }
        var moved = themes.First(t => t.ParentId is not null);
        var newParent = themes.First(t => t.ParentId is null && t.Id != moved.ParentId);
        await store.UpsertThemeAsync(new Theme(moved.Id, moved.Name, moved.Description, newParent.Id), ct);
        themes[themes.IndexOf(moved)] = moved with { ParentId = newParent.Id };
        var oracle = new SeedOracle(seed with { Studies = [.. studies.Values], Themes = themes });

        using var other = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir });
        var groups = seed.Groups.Select(g => g.Id).ToList();
        var journals = studies.Values.Where(s => s.Journal is not null).Select(s => Slug.From(s.Journal!.Name)).Distinct().ToList();
        // Words of the titles as they are now (the odd titles written above among them), one or two a text filter.
        var titleWords = studies.Values.SelectMany(s => SearchText.Words(s.Title)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < 60; i++)
        {
            // The first without filters, so every written study is on it.
            var filter = i == 0 ? StudyFilter.None : new StudyFilter(
                Text: random.Next(3) == 0 ? string.Join(' ', Enumerable.Range(0, random.Next(1, 3)).Select(_ => titleWords[random.Next(titleWords.Count)])) : null,
                YearFrom: random.Next(3) == 0 ? random.Next(1995, 2025) : null,
                YearTo: random.Next(3) == 0 ? random.Next(2000, 2030) : null,
                ThemeIds: random.Next(2) == 0 ? [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => themes[random.Next(themes.Count)].Id)] : null,
                ParticipantGroupIds: random.Next(4) == 0 ? [groups[random.Next(groups.Count)]] : null,
                PerspectiveIds: random.Next(5) == 0 ? [groups[random.Next(groups.Count)], groups[random.Next(groups.Count)]] : null,
                JournalId: random.Next(6) == 0 ? journals[random.Next(journals.Count)] : null);
            var expected = studies.Values.Where(s => Matches(oracle, filter, s)).ToList();
            foreach (var order in Enum.GetValues<StudyOrder>())
            {
                var inOrder = Ordered(expected, order).Select(s => s.Id).ToList();
                Assert.Equal(inOrder, await WalkAsync(store, filter, order, expected.Count, ct));
                Assert.Equal(inOrder, await WalkAsync(other, filter, order, expected.Count, ct));
            }
        }
    }

    [Fact]
    public async Task The_text_filter_and_search_find_a_study_written_after_start_up_in_the_slot_a_deleted_study_left()
    {
        var ct = TestContext.Current.CancellationToken;
        var seed = Seeds.Generated(40, seed: 5);
        using var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir });
        await store.InitializeAsync(ct);
        await store.LoadSeedAsync(seed, cancellationToken: ct);
        var gone = seed.Studies[3] with { Title = "Quokka lantern stories" };
        await store.UpsertStudyAsync(gone, ct);
        async Task<List<string>> WithText(string text) =>
            [.. (await store.QueryStudiesAsync(new StudyQuery(new StudyFilter(Text: text), First: 100, IncludeTotalCount: true), ct)).Items.Select(i => i.Study.Id)];
        // The index, the sets and the slots kept between them are made now, with the study in them.
        Assert.Equal([gone.Id], await WithText("quokka lantern"));

        await store.DeleteStudyAsync(gone.Id, ct);
        var added = seed.Studies[5] with { Id = "study-written-later", Title = "Wombat lantern notes", Doi = null, Findings = [] };
        await store.UpsertStudyAsync(added, ct);

        Assert.Empty(await WithText("quokka"));
        Assert.Equal([added.Id], await WithText("wombat lantern"));
        Assert.Equal([added.Id], await WithText("LANTERN"));
        Assert.Empty(await WithText("wombat quokka"));
        Assert.Equal([added.Id], (await store.SearchAsync("wombat lan", 10, withSnippets: false, ct)).Select(r => r.Node.Id));
        Assert.Empty(await store.SearchAsync("quokka", 10, withSnippets: false, ct));
        // A text without a word does not narrow the page (as before): every study, the added one for the deleted one.
        Assert.Equal(seed.Studies.Count, (await store.QueryStudiesAsync(new StudyQuery(new StudyFilter(Text: " ;; "), First: 0, IncludeTotalCount: true), ct)).TotalCount);
    }

    private static async Task<List<string>> WalkAsync(SqliteGraphStore store, StudyFilter filter, StudyOrder order, int total, CancellationToken ct)
    {
        var seen = new List<string>();
        StudyCursor? after = null;
        while (true)
        {
            var page = await store.QueryStudiesAsync(new StudyQuery(filter, order, 7, after, IncludeTotalCount: true), ct);
            Assert.Equal(total, page.TotalCount);
            seen.AddRange(page.Items.Select(i => i.Study.Id));
            if (!page.HasNextPage)
            {
                return seen;
            }
            Assert.True(StudyCursorCodec.TryDecode(StudyCursorCodec.Encode(page.Items[^1].Cursor), out after));
        }
    }

    private static bool Matches(SeedOracle oracle, StudyFilter filter, StudyRecord s) =>
        (filter.Text is not { } text || SearchText.Words(text).Select(SearchText.Fold).All(TextWords(s).Contains))
        && (filter.YearFrom is not { } from || s.Year >= from)
        && (filter.YearTo is not { } to || s.Year <= to)
        && (filter.ThemeIds is not { } themes || s.Findings.Any(f => themes.Any(t => oracle.Subtree(t).Contains(f.ThemeId))))
        && (filter.ParticipantGroupIds is not { } groups || s.Participants.Any(p => groups.Contains(p.GroupId)))
        && (filter.PerspectiveIds is not { } perspectives || s.Findings.Any(f => f.PerspectiveIds.Any(perspectives.Contains)))
        && (filter.JournalId is not { } journal || (s.Journal is not null && Slug.From(s.Journal.Name) == journal));

    /// <summary>The words of a study's texts as the text filter matches them: whole words, in any case, accents folded.</summary>
    private static HashSet<string> TextWords(StudyRecord s) =>
        new(SearchText.Words($"{s.Title} {string.Join(' ', s.Keywords)} {s.Abstract}").Select(SearchText.Fold), StringComparer.Ordinal);

    private static IEnumerable<StudyRecord> Ordered(IEnumerable<StudyRecord> studies, StudyOrder order)
    {
        var byUtf8 = Comparer<string>.Create((x, y) => Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(y)));
        return order switch
        {
            StudyOrder.YearDesc => studies.OrderBy(s => s.Year is null).ThenByDescending(s => s.Year).ThenBy(s => s.Id, byUtf8),
            StudyOrder.YearAsc => studies.OrderBy(s => s.Year is null).ThenBy(s => s.Year).ThenBy(s => s.Id, byUtf8),
            StudyOrder.TitleAsc => studies.OrderBy(s => s.Title.ToLowerInvariant(), byUtf8).ThenBy(s => s.Id, byUtf8),
            StudyOrder.CitationsDesc => studies.OrderBy(s => s.CitationCount is null).ThenByDescending(s => s.CitationCount).ThenBy(s => s.Id, byUtf8),
            _ => throw new ArgumentOutOfRangeException(nameof(order)),
        };
    }
}
