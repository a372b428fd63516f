using Microsoft.Data.Sqlite;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;
using PeerGraph.Core.Storage.Caching;
using PeerGraph.StoreContract;

namespace PeerGraph.Sqlite.Tests;

/// <summary>
/// What is kept between calls: answers, by the answer cache in front of the store (CachingGraphStore), and the open
/// read sessions (ReadSession.cs): answers equal those computed afresh, and nothing kept outlives a write, whether the
/// write came through the same store object or through another one on the same file (another process); a write drops
/// only what depends on what it touched.
/// </summary>
public sealed class SqliteQuestionCacheTests : IDisposable
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "peergraph-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    /// <summary>
    /// A cached store; it keeps answers at their first ask unless <paramref name="keepsFirstAnswers"/> is false (the
    /// service's default), so that the tests of what a write drops need not ask every question twice first.
    /// </summary>
    private async Task<IGraphStore> StoreAsync(int cacheEntries = 1024, bool keepsFirstAnswers = true)
    {
        var store = new CachingGraphStore(new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir }),
            new CachingGraphStoreOptions { Entries = cacheEntries, KeepsFirstAnswers = keepsFirstAnswers });
        await store.InitializeAsync(Ct);
        return store;
    }

    private static StudyRecord Curated(string id) => Seeds.Curated.Studies.Single(s => s.Id == id);

    [Fact]
    public async Task A_write_through_the_store_drops_the_cached_answers()
    {
        var store = await StoreAsync();
        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);
        var study = Curated("what-we-have-in-common-2019");
        Assert.Empty(await store.SearchAsync("Zyzzogeton", 5, Ct));
        var relatedBefore = (await store.RelatedStudiesAsync([study.Id], 5, Ct))[study.Id].ToList();
        Assert.NotEmpty(relatedBefore);

        await store.UpsertStudyAsync(study with { Title = "Zyzzogeton", Findings = [study.Findings[0]] }, Ct);

        Assert.Equal(study.Id, Assert.Single(await store.SearchAsync("Zyzzogeton", 5, Ct)).Node.Id);
        var fresh = await StoreAsync(cacheEntries: 0);
        Assert.Equal(Related(await fresh.RelatedStudiesAsync([study.Id], 5, Ct), study.Id), Related(await store.RelatedStudiesAsync([study.Id], 5, Ct), study.Id));
        Assert.NotEqual(Related(relatedBefore), Related(await store.RelatedStudiesAsync([study.Id], 5, Ct), study.Id));
    }

    [Fact]
    public async Task A_write_through_another_store_on_the_same_file_drops_the_cached_answers()
    {
        var serving = await StoreAsync();
        var other = await StoreAsync();
        await other.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);
        var pairsBefore = await serving.ThemeCooccurrenceAsync(1, 50, Ct);
        Assert.Contains(await serving.SearchAsync("peer", 20, Ct), h => h.Node.Kind is NodeKind.Study or NodeKind.Finding);
        var from = new NodeRef(NodeKind.Theme, "role-clarity");
        var to = new NodeRef(NodeKind.StakeholderGroup, "supervisor");
        Assert.NotEmpty(await serving.PathsAsync(from, to, 4, 5, Ct));

        foreach (var study in Seeds.Curated.Studies)
        {
            Assert.True(await other.DeleteStudyAsync(study.Id, Ct));
        }

        Assert.DoesNotContain(await serving.SearchAsync("peer", 20, Ct), h => h.Node.Kind is NodeKind.Study or NodeKind.Finding);
        Assert.Empty(await serving.ThemeCooccurrenceAsync(1, 50, Ct));
        Assert.Empty(await serving.PathsAsync(from, to, 4, 5, Ct));
        Assert.NotEmpty(pairsBefore);
    }

    [Fact]
    public async Task A_study_write_drops_what_depends_on_that_study_and_the_graph_and_keeps_other_studies_answers()
    {
        var store = await StoreAsync();
        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);
        var written = Curated("what-we-have-in-common-2019");
        var other = Seeds.Curated.Studies.First(s => s.Id != written.Id && s.Authors.Count > 0 && s.Findings.Count > 0);
        var otherStudy = Assert.Single(await store.GetStudiesAsync([other.Id], Ct));
        var otherFinding = (await store.FindingsOfStudiesAsync([other.Id], FindingFilter.None, Ct))[other.Id].First();
        var otherAuthor = (await store.AuthorsOfStudiesAsync([other.Id], Ct))[other.Id].First();
        Assert.Equal(written.Title, Assert.Single(await store.GetStudiesAsync([written.Id], Ct)).Title);
        var statsBefore = await store.StatsAsync(Ct);

        await store.UpsertStudyAsync(written with { Title = "Rewritten", Findings = [written.Findings[0]] }, Ct);

        Assert.Same(otherStudy, Assert.Single(await store.GetStudiesAsync([other.Id], Ct)));
        Assert.Same(otherFinding, (await store.FindingsOfStudiesAsync([other.Id], FindingFilter.None, Ct))[other.Id].First());
        Assert.Same(otherAuthor, (await store.AuthorsOfStudiesAsync([other.Id], Ct))[other.Id].First());
        Assert.Equal("Rewritten", Assert.Single(await store.GetStudiesAsync([written.Id], Ct)).Title);
        Assert.Equal([written.Findings[0].Id], (await store.FindingsOfStudiesAsync([written.Id], FindingFilter.None, Ct))[written.Id].Select(f => f.Id));
        Assert.Equal(statsBefore.Findings - written.Findings.Count + 1, (await store.StatsAsync(Ct)).Findings);
    }

    [Fact]
    public async Task A_study_page_is_kept_whole_until_a_write_touches_it_and_the_next_read_sees_the_write()
    {
        var store = await StoreAsync();
        var fresh = await StoreAsync(cacheEntries: 0);
        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);
        var written = Curated("what-we-have-in-common-2019");
        var other = Seeds.Curated.Studies.First(s => s.Id != written.Id && s.Authors.Count > 0 && s.Findings.Count > 0);
        var before = await PageAsync(store, written.Id);
        var otherBefore = await PageAsync(store, other.Id);

        // Read again: the very lists kept, not copies, and equal to the store's own answers.
        var again = await PageAsync(store, written.Id);
        Assert.Same(before.Findings, again.Findings);
        Assert.Same(before.Authors, again.Authors);
        Assert.Same(before.Related, again.Related);
        Assert.Equal(Describe(await PageAsync(fresh, written.Id)), Describe(again));

        await store.UpsertStudyAsync(written with { Title = "Rewritten", Authors = ["Ada Lovelace"], Findings = [written.Findings[0]] }, Ct);

        var after = await PageAsync(store, written.Id);
        Assert.Equal("Rewritten", after.Study!.Title);
        Assert.Equal(["Ada Lovelace"], after.Authors.Select(a => a.Name));
        Assert.Equal([written.Findings[0].Id], after.Findings.Select(f => f.Id));
        Assert.Equal(Describe(await PageAsync(fresh, written.Id)), Describe(after));
        // The other study's own lists outlive the write; its related studies (links every study write moves) are read again.
        var otherAfter = await PageAsync(store, other.Id);
        Assert.Same(otherBefore.Findings, otherAfter.Findings);
        Assert.Same(otherBefore.Authors, otherAfter.Authors);
        Assert.Equal(Describe(await PageAsync(fresh, other.Id)), Describe(otherAfter));
    }

    /// <summary>
    /// A study write that changes only text (its title) keeps the kept pages it cannot reach: those filtered without
    /// text and not ordered by title that do not list the study. Pages that list it, text-filtered pages and pages by
    /// title are read again.
    /// </summary>
    [Fact]
    public async Task A_title_write_keeps_the_pages_that_do_not_list_the_study_and_drops_those_that_may()
    {
        var store = await StoreAsync(cacheEntries: 100_000);
        var fresh = await StoreAsync(cacheEntries: 0);
        var seed = Seeds.Generated(200);
        await store.LoadSeedAsync(seed, cancellationToken: Ct);
        var written = seed.Studies.First(s => s.Findings.Count > 0);
        var itsThemes = written.Findings.Select(f => f.ThemeId).ToHashSet(StringComparer.Ordinal);
        var otherTheme = seed.Studies.SelectMany(s => s.Findings).Select(f => f.ThemeId).First(t => !itsThemes.Contains(t));
        var notListing = new StudyQuery(new StudyFilter(ThemeIds: [otherTheme]), First: 100, IncludeTotalCount: true);
        var listing = new StudyQuery(new StudyFilter(ThemeIds: [written.Findings[0].ThemeId]), First: 100, IncludeTotalCount: true);
        var byText = new StudyQuery(new StudyFilter(Text: "zyzzogeton"));
        var byTitle = new StudyQuery(StudyFilter.None, StudyOrder.TitleAsc, First: 5);
        StudyQuery[] queries = [notListing, listing, byText, byTitle];
        var kept = await store.QueryStudiesAsync(notListing, Ct);
        Assert.DoesNotContain(kept.Items, i => i.Study.Id == written.Id);
        foreach (var query in queries)
        {
            await store.QueryStudiesAsync(query, Ct);
        }

        await store.UpsertStudyAsync(written with { Title = "Aaaa zyzzogeton" }, Ct);

        Assert.Same(kept, await store.QueryStudiesAsync(notListing, Ct));
        foreach (var query in queries)
        {
            Assert.Equal(PageText(await fresh.QueryStudiesAsync(query, Ct)), PageText(await store.QueryStudiesAsync(query, Ct)));
        }
        foreach (var query in queries.Skip(1))
        {
            Assert.Contains((await store.QueryStudiesAsync(query, Ct)).Items, i => i.Study.Title == "Aaaa zyzzogeton");
        }
    }

    /// <summary>
    /// A write of a study's own fields that moves a page key (its year, citation count or DOI) may move it onto any page
    /// that did not list it: every kept page is read again.
    /// </summary>
    [Theory]
    [InlineData("year")]
    [InlineData("citations")]
    [InlineData("doi")]
    public async Task A_write_that_moves_a_page_key_drops_the_pages_the_study_may_enter(string key)
    {
        var store = await StoreAsync(cacheEntries: 100_000);
        var fresh = await StoreAsync(cacheEntries: 0);
        var seed = Seeds.Generated(200);
        await store.LoadSeedAsync(seed, cancellationToken: Ct);
        var dated = seed.Studies.Where(s => s.Year is not null).ToList();
        var written = dated.MinBy(s => s.Year)!;
        var latest = dated.Max(s => s.Year)!.Value;
        Assert.True(latest > written.Year);
        var mostCited = seed.Studies.Max(s => s.CitationCount ?? 0);
        StudyQuery[] queries =
        [
            new(new StudyFilter(YearFrom: written.Year + 1), First: 100, IncludeTotalCount: true),
            new(StudyFilter.None, StudyOrder.CitationsDesc, First: 3),
            new(new StudyFilter(Doi: "10.9999/moved-here")),
        ];
        foreach (var query in queries)
        {
            Assert.DoesNotContain((await store.QueryStudiesAsync(query, Ct)).Items, i => i.Study.Id == written.Id);
        }

        await store.UpsertStudyAsync(key switch
        {
            "year" => written with { Year = latest, PublishedOn = null },
            "citations" => written with { CitationCount = mostCited + 1000 },
            _ => written with { Doi = "10.9999/moved-here" },
        }, Ct);

        foreach (var query in queries)
        {
            Assert.Equal(PageText(await fresh.QueryStudiesAsync(query, Ct)), PageText(await store.QueryStudiesAsync(query, Ct)));
        }
        Assert.Contains((await store.QueryStudiesAsync(queries[key switch { "year" => 0, "citations" => 1, _ => 2 }], Ct)).Items, i => i.Study.Id == written.Id);
    }

    private static string PageText(StudyPage page) =>
        $"{page.TotalCount} {page.HasNextPage} | " + string.Join(";", page.Items.Select(i => $"{i.Study.Id} {i.Study.Title} {i.Study.Year} {i.Study.CitationCount} {i.Study.Doi}"));

    private sealed record Page(Study? Study, IReadOnlyList<Finding> Findings, IReadOnlyList<Author> Authors, IReadOnlyList<RelatedStudy> Related);

    /// <summary>What the study detail page (the benchmark's query b) reads of one study, as the API's batch loaders take it.</summary>
    private static async Task<Page> PageAsync(IGraphStore store, string id) => new(
        (await store.GetStudiesAsync([id], Ct)).SingleOrDefault(),
        ListsByKey<Finding>.ListOf(await store.FindingsOfStudiesAsync([id], FindingFilter.None, Ct), id),
        ListsByKey<Author>.ListOf(await store.AuthorsOfStudiesAsync([id], Ct), id),
        ListsByKey<RelatedStudy>.ListOf(await store.RelatedStudiesAsync([id], 5, Ct), id));

    private static string Describe(Page page) =>
        $"{page.Study?.Id} {page.Study?.Title} {page.Study?.Year} | "
        + string.Join(";", page.Findings.Select(f => $"{f.Id} {f.ThemeId} {string.Join(",", f.PerspectiveIds)} {f.Statement}"))
        + $" | {string.Join(";", page.Authors)} | {string.Join(";", Related(page.Related))}";

    [Fact]
    public async Task Cached_answers_equal_answers_computed_without_the_cache_for_every_argument()
    {
        var cached = await StoreAsync();
        await cached.LoadSeedAsync(Seeds.Generated(400), cancellationToken: Ct);
        var uncached = await StoreAsync(cacheEntries: 0);
        var ids = Seeds.Generated(400).Studies.Take(30).Select(s => s.Id).ToList();

        for (var round = 0; round < 2; round++) // the second round is served from the cache
        {
            foreach (var first in new[] { 1, 3, 5 })
            {
                var expected = await uncached.RelatedStudiesAsync(ids, first, Ct);
                var actual = await cached.RelatedStudiesAsync(round == 0 ? ids : ids.AsEnumerable().Reverse().ToList(), first, Ct);
                Assert.All(ids, id => Assert.Equal(Related(expected, id), Related(actual, id)));
            }
            foreach (var (text, first) in new[] { ("peer support", 5), ("peer support", 10), ("supervis", 7), ("role", 3) })
            {
                Assert.Equal(await uncached.SearchAsync(text, first, Ct), await cached.SearchAsync(text, first, Ct));
            }
            Assert.Equal(await uncached.ThemeCooccurrenceAsync(2, 10, Ct), await cached.ThemeCooccurrenceAsync(2, 10, Ct));
            Assert.Equal(await uncached.ThemeCooccurrenceAsync(5, 10, Ct), await cached.ThemeCooccurrenceAsync(5, 10, Ct));
        }
    }

    [Fact]
    public async Task Kept_counts_taxonomy_and_evidence_map_equal_answers_read_afresh()
    {
        var cached = await StoreAsync();
        var seed = Seeds.Generated(300);
        await cached.LoadSeedAsync(seed, cancellationToken: Ct);
        var uncached = await StoreAsync(cacheEntries: 0);
        var studyIds = seed.Studies.Take(40).Select(s => s.Id).ToList();
        var themeIds = seed.Themes.Select(t => t.Id).ToList();
        var groupIds = seed.Groups.Select(g => g.Id).ToList();
        StudyFilter[] filters =
        [
            StudyFilter.None, new(YearFrom: 2010), new(YearFrom: 2010, YearTo: 2015), new(ThemeIds: themeIds.Take(2).ToList()),
            new(ParticipantGroupIds: groupIds.Take(1).ToList()), new(Text: "peer support"), new(YearFrom: 2099),
        ];

        for (var round = 0; round < 2; round++) // the second round is served from what the cached store kept
        {
            foreach (var filter in filters)
            {
                var query = new StudyQuery(filter, First: 5, IncludeTotalCount: true);
                var expected = await uncached.QueryStudiesAsync(query, Ct);
                var actual = await cached.QueryStudiesAsync(query, Ct);
                Assert.Equal(expected.TotalCount, actual.TotalCount);
                Assert.Equal(expected.Items.Select(i => i.Study.Id), actual.Items.Select(i => i.Study.Id));
                Assert.Equal(expected.HasNextPage, actual.HasNextPage);
                if (expected.Items.Count > 0)
                {
                    var next = query with { After = expected.Items[^1].Cursor, IncludeTotalCount = false };
                    Assert.Equal((await uncached.QueryStudiesAsync(next, Ct)).Items.Select(i => i.Cursor), (await cached.QueryStudiesAsync(next, Ct)).Items.Select(i => i.Cursor));
                }
            }
            Assert.Equivalent(await uncached.EvidenceMapAsync(null, null, Ct), await cached.EvidenceMapAsync(null, null, Ct), strict: true);
            Assert.Equivalent(await uncached.EvidenceMapAsync(themeIds.Skip(3).Take(4).Append("no-such-theme").ToList(), groupIds.Take(2).ToList(), Ct),
                await cached.EvidenceMapAsync(themeIds.Skip(3).Take(4).Append("no-such-theme").ToList(), groupIds.Take(2).ToList(), Ct), strict: true);
            Assert.Equal(Lists(await uncached.ThemesOfStudiesAsync(studyIds, Ct), studyIds), Lists(await cached.ThemesOfStudiesAsync(studyIds, Ct), studyIds));
            Assert.Equal(Lists(await uncached.ChildrenOfThemesAsync(themeIds, Ct), themeIds), Lists(await cached.ChildrenOfThemesAsync(themeIds, Ct), themeIds));
            foreach (var scope in new[] { ThemeListScope.Everything, ThemeListScope.TopLevel, ThemeListScope.ChildrenOf(themeIds[0]), ThemeListScope.ChildrenOf("none") })
            {
                Assert.Equal(await uncached.ListThemesAsync(scope, Ct), await cached.ListThemesAsync(scope, Ct));
            }
            Assert.Equal((await uncached.ListGroupsAsync(Ct)).Select(GroupText), (await cached.ListGroupsAsync(Ct)).Select(GroupText));
            Assert.Equal(ById(await uncached.GetStudiesAsync([.. studyIds, "none"], Ct), x => x.Id).Select(StudyText), ById(await cached.GetStudiesAsync([.. studyIds, "none"], Ct), x => x.Id).Select(StudyText));
            Assert.Equal(Lists(await uncached.AuthorsOfStudiesAsync(studyIds, Ct), studyIds), Lists(await cached.AuthorsOfStudiesAsync(studyIds, Ct), studyIds));
            Assert.Equal(Lists(await uncached.ParticipantsOfStudiesAsync(studyIds, Ct), studyIds), Lists(await cached.ParticipantsOfStudiesAsync(studyIds, Ct), studyIds));
            Assert.Equal(Lists(await uncached.MethodsOfStudiesAsync(studyIds, Ct), studyIds), Lists(await cached.MethodsOfStudiesAsync(studyIds, Ct), studyIds));
            Assert.Equal(Lists(await uncached.SettingsOfStudiesAsync(studyIds, Ct), studyIds), Lists(await cached.SettingsOfStudiesAsync(studyIds, Ct), studyIds));
            foreach (var filter in new[] { FindingFilter.None, new FindingFilter(themeIds[0], null), new FindingFilter(null, groupIds[0]) })
            {
                Assert.Equal(Lists(await uncached.FindingsOfStudiesAsync(studyIds, filter, Ct), studyIds).Select(FindingText),
                    Lists(await cached.FindingsOfStudiesAsync(studyIds, filter, Ct), studyIds).Select(FindingText));
            }
            Assert.Equal(ById(await uncached.GetThemesAsync([.. themeIds, "none"], Ct), t => t.Id), ById(await cached.GetThemesAsync([.. themeIds, "none"], Ct), t => t.Id));
            Assert.Equal(ById(await uncached.GetGroupsAsync([.. groupIds, "none"], Ct), g => g.Id).Select(GroupText), ById(await cached.GetGroupsAsync([.. groupIds, "none"], Ct), g => g.Id).Select(GroupText));
        }
    }

    [Fact]
    public async Task Kept_counts_taxonomy_and_evidence_map_follow_a_write_through_another_store()
    {
        var serving = await StoreAsync();
        var other = await StoreAsync();
        await other.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);
        var study = Curated("what-we-have-in-common-2019");
        var parent = Seeds.Curated.Themes.First(t => t.ParentId is null);
        var added = new Theme("a-new-subtheme", "A new subtheme", null, parent.Id);
        var everyStudy = new StudyQuery(StudyFilter.None, First: 1, IncludeTotalCount: true);
        var countBefore = (await serving.QueryStudiesAsync(everyStudy, Ct)).TotalCount;
        var firstPage = new StudyQuery(StudyFilter.None, First: 10);
        var pageBefore = (await serving.QueryStudiesAsync(firstPage, Ct)).Items.Select(i => i.Study.Id).ToList();
        var mapBefore = await serving.EvidenceMapAsync(null, null, Ct);
        var childrenBefore = (await serving.ChildrenOfThemesAsync([parent.Id], Ct))[parent.Id].ToList();
        Assert.True((await serving.FindingsOfStudiesAsync([study.Id], FindingFilter.None, Ct))[study.Id].Count() > 1);
        Assert.NotEqual([added.Id], (await serving.ThemesOfStudiesAsync([study.Id], Ct))[study.Id].Select(t => t.Id));
        Assert.Empty(await serving.GetThemesAsync(["a-new-subtheme"], Ct));


        await other.UpsertThemeAsync(added, Ct);
        await other.UpsertStudyAsync(study with { Findings = [study.Findings[0] with { ThemeId = added.Id }] }, Ct);
        await other.DeleteStudyAsync(Seeds.Curated.Studies.First(s => s.Id != study.Id).Id, Ct);

        Assert.Equal(countBefore - 1, (await serving.QueryStudiesAsync(everyStudy, Ct)).TotalCount);
        Assert.Equal([study.Findings[0].Id], (await serving.FindingsOfStudiesAsync([study.Id], FindingFilter.None, Ct))[study.Id].Select(f => f.Id));
        Assert.Equal(added, Assert.Single(await serving.GetThemesAsync([added.Id], Ct)));
        Assert.Equal([.. childrenBefore, added], (await serving.ChildrenOfThemesAsync([parent.Id], Ct))[parent.Id].ToList());
        Assert.Equal([added], (await serving.ThemesOfStudiesAsync([study.Id], Ct))[study.Id].ToList());
        Assert.Contains(added, await serving.ListThemesAsync(ThemeListScope.Everything, Ct));
        var fresh = await StoreAsync(cacheEntries: 0);
        var mapAfter = await serving.EvidenceMapAsync(null, null, Ct);
        Assert.Equivalent(await fresh.EvidenceMapAsync(null, null, Ct), mapAfter, strict: true);
        Assert.NotEqual(mapBefore.Cells.Sum(c => c.FindingCount), mapAfter.Cells.Sum(c => c.FindingCount));
        var pageAfter = (await serving.QueryStudiesAsync(firstPage, Ct)).Items.Select(i => i.Study.Id).ToList();
        Assert.Equal((await fresh.QueryStudiesAsync(firstPage, Ct)).Items.Select(i => i.Study.Id), pageAfter);
        Assert.Equal(pageBefore.Count - 1, pageAfter.Count);
    }

    private static List<(string, T)> Lists<T>(ILookup<string, T> lookup, IEnumerable<string> keys) => keys.SelectMany(k => lookup[k].Select(v => (k, v))).ToList();

    private static string StudyText(Study s) => $"{s.Id}|{s.Title}|{s.Year}|{s.JournalId}|{s.Abstract}|{string.Join(',', s.Keywords)}";

    private static string FindingText((string Study, Finding F) p) =>
        $"{p.Study}|{p.F.Id}|{p.F.ThemeId}|{p.F.Statement}|{string.Join(',', p.F.PerspectiveIds)}|{string.Join(',', p.F.AboutIds)}";

    private static string GroupText(StakeholderGroup g) => $"{g.Id}|{g.Name}|{g.Description}|{string.Join(',', g.Synonyms)}";

    private static List<T> ById<T>(IEnumerable<T> records, Func<T, string> id) => records.OrderBy(id, StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData(0)]
    [InlineData(1024)]
    public async Task Read_sessions_kept_open_between_calls_see_writes_made_meanwhile(int readerCacheEntries)
    {
        var reader = await StoreAsync(readerCacheEntries);
        var writer = await StoreAsync();
        await writer.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);
        var study = Curated("what-we-have-in-common-2019");
        // Several calls at once, so the reader keeps several sessions (each with prepared statements) idle.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => reader.GetStudiesAsync([study.Id], Ct)));

        await writer.UpsertStudyAsync(study with { Title = "Seen at once" }, Ct);

        var titles = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ => Assert.Single(await reader.GetStudiesAsync([study.Id], Ct)).Title));
        Assert.All(titles, t => Assert.Equal("Seen at once", t));
    }

    [Fact]
    public async Task A_read_scope_checks_for_writes_once_and_sees_the_other_stores_write_after_it_ends()
    {
        var serving = await StoreAsync();
        var other = await StoreAsync();
        await other.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);
        var study = Curated("what-we-have-in-common-2019");

        using (serving.OpenReadScope())
        {
            Assert.Equal(study.Title, Assert.Single(await serving.GetStudiesAsync([study.Id], Ct)).Title);
            await other.UpsertStudyAsync(study with { Title = "Written meanwhile" }, Ct);
            // The scope read the generation once: its kept answers are those of the data as of its first read.
            Assert.Equal(study.Title, Assert.Single(await serving.GetStudiesAsync([study.Id], Ct)).Title);
        }

        Assert.Equal("Written meanwhile", Assert.Single(await serving.GetStudiesAsync([study.Id], Ct)).Title);
    }

    [Fact]
    public async Task A_read_scope_sees_a_write_made_through_its_own_store_at_once()
    {
        var store = await StoreAsync();
        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);
        var study = Curated("what-we-have-in-common-2019");

        using (store.OpenReadScope())
        {
            Assert.Equal(study.Title, Assert.Single(await store.GetStudiesAsync([study.Id], Ct)).Title);
            var count = (await store.QueryStudiesAsync(new StudyQuery(StudyFilter.None, First: 1, IncludeTotalCount: true), Ct)).TotalCount;

            await store.UpsertStudyAsync(study with { Title = "Written in the scope" }, Ct);
            Assert.True(await store.DeleteStudyAsync(Seeds.Curated.Studies.First(s => s.Id != study.Id).Id, Ct));

            Assert.Equal("Written in the scope", Assert.Single(await store.GetStudiesAsync([study.Id], Ct)).Title);
            Assert.Equal(count - 1, (await store.QueryStudiesAsync(new StudyQuery(StudyFilter.None, First: 1, IncludeTotalCount: true), Ct)).TotalCount);
        }
    }

    /// <summary>
    /// A mutation request reads (its input's themes) in its read scope, then waits for the write gate while other
    /// requests write. Its write must still drop only what it touches: the scope's generation, read before those
    /// writes, once passed for the write's starting version and every write emptied the whole cache (under the mixed
    /// load, every answer by id was read again from SQLite after each write).
    /// </summary>
    [Fact]
    public async Task A_write_in_a_read_scope_begun_before_another_write_keeps_the_answers_neither_touched()
    {
        var store = await StoreAsync();
        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);
        var first = Curated("what-we-have-in-common-2019");
        var second = Seeds.Curated.Studies.First(s => s.Id != first.Id);
        var untouched = Seeds.Curated.Studies.First(s => s.Id != first.Id && s.Id != second.Id);
        var untouchedStudy = Assert.Single(await store.GetStudiesAsync([untouched.Id], Ct));

        using (store.OpenReadScope())
        {
            Assert.NotEmpty(await store.GetThemesAsync([first.Findings[0].ThemeId], Ct));
            Task meanwhile;
            using (ExecutionContext.SuppressFlow())
            {
                meanwhile = Task.Run(() => store.UpsertStudyAsync(second with { Title = "Written by another request" }, Ct), Ct);
            }
            await meanwhile;

            await store.UpsertStudyAsync(first with { Title = "Written in the scope" }, Ct);

            Assert.Equal("Written in the scope", Assert.Single(await store.GetStudiesAsync([first.Id], Ct)).Title);
        }
        Assert.Same(untouchedStudy, Assert.Single(await store.GetStudiesAsync([untouched.Id], Ct)));
        Assert.Equal("Written by another request", Assert.Single(await store.GetStudiesAsync([second.Id], Ct)).Title);
    }

    /// <summary>
    /// The same request, but its write changes nothing (rolled back) and another process wrote meanwhile: the write
    /// finds that write and drops every kept answer; the reads after it in the request must not then answer from what
    /// the request's scope saw before it (the theme sets as they were) and keep that as current.
    /// </summary>
    [Fact]
    public async Task An_unchanged_write_in_a_read_scope_after_another_stores_write_keeps_no_answer_older_than_that_write()
    {
        var serving = await StoreAsync();
        var other = await StoreAsync();
        await serving.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);
        var study = Curated("what-we-have-in-common-2019");
        List<string> RelatedIds(ILookup<string, RelatedStudy> lookup) => [.. lookup[study.Id].Select(r => r.StudyId)];
        var deleted = RelatedIds(await serving.RelatedStudiesAsync([study.Id], 5, Ct)).First();

        using (serving.OpenReadScope())
        {
            Assert.NotEmpty(await serving.GetThemesAsync([study.Findings[0].ThemeId], Ct));
            Assert.True(await other.DeleteStudyAsync(deleted, Ct));

            await serving.UpsertStudyAsync(study, Ct);

            Assert.DoesNotContain(deleted, RelatedIds(await serving.RelatedStudiesAsync([study.Id], 5, Ct)));
        }
        Assert.DoesNotContain(deleted, RelatedIds(await serving.RelatedStudiesAsync([study.Id], 5, Ct)));
    }

    /// <summary>
    /// Between a study write's commit and the moment the cache drops what it made stale, a read uses every kept answer
    /// that does not depend on what the write may touch (another study's record) and reads the others afresh (the
    /// written study, a search): with 5 % writes such moments cover most of the time.
    /// </summary>
    [Fact]
    public async Task A_read_while_a_study_write_commits_uses_the_answers_it_cannot_touch_and_reads_the_others_afresh()
    {
        var (store, pausing) = await SeededOverPausingStoreAsync();
        var written = Curated("what-we-have-in-common-2019");
        var other = Seeds.Curated.Studies.First(s => s.Id != written.Id);
        var otherBefore = Assert.Single(await store.GetStudiesAsync([other.Id], Ct));
        Assert.Equal(written.Title, Assert.Single(await store.GetStudiesAsync([written.Id], Ct)).Title);
        Assert.Empty(await store.SearchAsync("Zyzzogeton", 5, Ct));

        var committed = pausing.PauseNextWriteAfterCommit();
        var write = store.UpsertStudyAsync(written with { Title = "Zyzzogeton", Findings = [written.Findings[0]] }, Ct);
        await committed.WaitAsync(Ct);

        Assert.Same(otherBefore, Assert.Single(await store.GetStudiesAsync([other.Id], Ct)));
        Assert.Equal("Zyzzogeton", Assert.Single(await store.GetStudiesAsync([written.Id], Ct)).Title);
        Assert.Equal(written.Id, Assert.Single(await store.SearchAsync("Zyzzogeton", 5, Ct)).Node.Id);
        Assert.False(write.IsCompleted);

        pausing.Resume();
        await write;
        Assert.Same(otherBefore, Assert.Single(await store.GetStudiesAsync([other.Id], Ct)));
        Assert.Equal("Zyzzogeton", Assert.Single(await store.GetStudiesAsync([written.Id], Ct)).Title);
    }

    /// <summary>
    /// A read in that moment while another store on the same file also wrote: the kept answers cannot tell which
    /// write made them stale, so none is used.
    /// </summary>
    [Fact]
    public async Task A_read_while_a_study_write_commits_uses_no_kept_answer_when_another_store_wrote_too()
    {
        var (store, pausing) = await SeededOverPausingStoreAsync();
        var written = Curated("what-we-have-in-common-2019");
        var other = Seeds.Curated.Studies.First(s => s.Id != written.Id);
        Assert.Equal(other.Title, Assert.Single(await store.GetStudiesAsync([other.Id], Ct)).Title);

        var committed = pausing.PauseNextWriteAfterCommit();
        var write = store.UpsertStudyAsync(written with { Title = "Zyzzogeton" }, Ct);
        await committed.WaitAsync(Ct);
        var elsewhere = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir });
        await elsewhere.UpsertStudyAsync(other with { Title = "Written elsewhere" }, Ct);

        Assert.Equal("Written elsewhere", Assert.Single(await store.GetStudiesAsync([other.Id], Ct)).Title);
        pausing.Resume();
        await write;
        Assert.Equal("Written elsewhere", Assert.Single(await store.GetStudiesAsync([other.Id], Ct)).Title);
    }

    /// <summary>
    /// An upsert that writes nothing (the study as stored) while another store on the same file writes: the version
    /// moved by one, which is not this write's, so everything kept is dropped.
    /// </summary>
    [Fact]
    public async Task An_unchanged_upsert_during_another_stores_write_drops_what_that_write_made_stale()
    {
        var (store, pausing) = await SeededOverPausingStoreAsync();
        var unchanged = Curated("what-we-have-in-common-2019");
        var other = Seeds.Curated.Studies.First(s => s.Id != unchanged.Id);
        Assert.Equal(other.Title, Assert.Single(await store.GetStudiesAsync([other.Id], Ct)).Title);
        var elsewhere = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir });
        pausing.BeforeNextWrite = () => elsewhere.UpsertStudyAsync(other with { Title = "Written elsewhere" }, Ct);

        await store.UpsertStudyAsync(unchanged, Ct);

        Assert.Equal("Written elsewhere", Assert.Single(await store.GetStudiesAsync([other.Id], Ct)).Title);
    }

    /// <summary>The cache over a SQLite store whose writes can be held (<see cref="PausingStore"/>), seeded with the curated graph.</summary>
    private async Task<(CachingGraphStore Store, PausingStore Pausing)> SeededOverPausingStoreAsync()
    {
        var pausing = PausingStore.Over(new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir }));
        var store = new CachingGraphStore(pausing, new CachingGraphStoreOptions { Entries = 1024, KeepsFirstAnswers = true });
        await store.InitializeAsync(Ct);
        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);
        return (store, (PausingStore)(object)pausing);
    }

    /// <summary>The store a test gives the cache, whose next study write can be held after it committed.</summary>
    public interface IVersionedStore : IGraphStore, IStoreVersion, IStudyWriteReach;

    public class PausingStore : System.Reflection.DispatchProxy
    {
        private object _inner = null!;
        private TaskCompletionSource? _committed;
        private readonly TaskCompletionSource _resume = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static IVersionedStore Over(SqliteGraphStore inner)
        {
            var proxy = Create<IVersionedStore, PausingStore>();
            ((PausingStore)(object)proxy)._inner = inner;
            return proxy;
        }

        public Task PauseNextWriteAfterCommit()
        {
            _committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _committed.Task;
        }

        public void Resume() => _resume.TrySetResult();

        /// <summary>Run before the next study write reaches the store.</summary>
        public Func<Task>? BeforeNextWrite { get; set; }

        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IStudyWriteReach.UpsertStudyReachingAsync) && BeforeNextWrite is { } before)
            {
                BeforeNextWrite = null;
                return AfterAsync(before, () => (Task<StudyWriteReach>)targetMethod.Invoke(_inner, args)!);
            }
            var result = targetMethod.Invoke(_inner, args);
            if (targetMethod.Name == nameof(IStudyWriteReach.UpsertStudyReachingAsync) && _committed is { } committed)
            {
                _committed = null;
                return HeldAsync((Task<StudyWriteReach>)result!, committed);
            }
            return result;
        }

        private static async Task<StudyWriteReach> AfterAsync(Func<Task> before, Func<Task<StudyWriteReach>> write)
        {
            await before();
            return await write();
        }

        private async Task<StudyWriteReach> HeldAsync(Task<StudyWriteReach> write, TaskCompletionSource committed)
        {
            var reach = await write;
            committed.SetResult();
            await _resume.Task;
            return reach;
        }
    }

    [Theory]
    [InlineData(1024, true)]
    [InlineData(0, false)]
    public async Task A_repeated_question_is_answered_from_the_cache_unless_it_is_off(int entries, bool same)
    {
        var store = await StoreAsync(entries);
        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);

        var first = await store.SearchAsync("peer", 5, Ct);
        var second = await store.SearchAsync("peer", 5, Ct);

        Assert.Equal(first, second);
        Assert.Equal(same, ReferenceEquals(first, second));
    }

    [Fact]
    public async Task By_default_an_answer_is_kept_at_its_questions_second_ask_not_its_first()
    {
        var store = await StoreAsync(keepsFirstAnswers: false);
        await store.LoadSeedAsync(Seeds.Curated, cancellationToken: Ct);

        var first = await store.SearchAsync("peer", 5, Ct);
        var second = await store.SearchAsync("peer", 5, Ct);
        var third = await store.SearchAsync("peer", 5, Ct);

        Assert.Equal(first, second);
        Assert.False(ReferenceEquals(first, second));
        Assert.Same(second, third);
    }

    [Fact]
    public void A_negative_cache_size_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new CachingGraphStore(new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = _dataDir }), new CachingGraphStoreOptions { Entries = -1 }));
        Assert.Contains("0 (off) or more, not -1", e.Message, StringComparison.Ordinal);
    }

    private static List<string> Related(ILookup<string, RelatedStudy> lookup, string id) => Related(lookup[id]);

    private static List<string> Related(IEnumerable<RelatedStudy> related) =>
        related.Select(r => $"{r.StudyId} {r.Similarity:R} {string.Join(",", r.SharedThemeIds)}").ToList();
}
