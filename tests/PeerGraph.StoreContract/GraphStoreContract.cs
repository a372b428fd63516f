using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;

namespace PeerGraph.StoreContract;

/// <summary>
/// The store test suite: every method of <see cref="IGraphStore"/> on the curated seed, compared with
/// <see cref="SeedOracle"/>. A store implementation subclasses it and says how to make a fresh, initialised store.
/// </summary>
public abstract class GraphStoreContract : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("not initialised");

    protected static SeedOracle Curated { get; } = new(Seeds.Curated);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty, initialised store of the implementation under test.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    public async ValueTask InitializeAsync()
    {
        _store = await CreateStoreAsync();
        await _store.LoadSeedAsync(Curated.Seed, cancellationToken: Ct);
    }

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private static StudyRecord CuratedStudy(string id) => Curated.Seed.Studies.Single(s => s.Id == id);

    // ---------------------------------------------------------------- records and lists

    [Fact]
    public async Task Records_by_id_come_back_and_unknown_ids_are_left_out()
    {
        var studies = await Store.GetStudiesAsync(["intentional-differences-2021", "no-such-study"], Ct);

        var study = Assert.Single(studies);
        Assert.Equal("community-mental-health-journal", study.JournalId);
        Assert.Equal("2021-11-01", study.PublishedOn);
        Assert.Equal(new SourceDocument("001_e1cb07ed7ee9172f.txt", "library catalogue record"), study.Source);
        Assert.Empty(await Store.GetStudiesAsync([], Ct));
        Assert.Empty(await Store.GetThemesAsync(["Theme:role-clarity"], Ct));
    }

    [Fact]
    public async Task Every_kind_of_record_loads_by_id()
    {
        Assert.Equal("Role clarity", Assert.Single(await Store.GetThemesAsync(["role-clarity"], Ct)).Name);
        Assert.Contains("peer support worker", Assert.Single(await Store.GetGroupsAsync(["peer-specialist"], Ct)).Synonyms);
        var journal = Assert.Single(await Store.GetJournalsAsync(["community-mental-health-journal"], Ct));
        Assert.Equal(["0010-3853", "1573-2789"], journal.Issn);
        Assert.Equal("Springer US", journal.Publisher);
        Assert.Equal("Sarah N. Mourra", Assert.Single(await Store.GetAuthorsAsync(["sarah-n-mourra"], Ct)).Name);
        Assert.Equal(MethodKind.Analysis, Assert.Single(await Store.GetMethodsAsync(["thematic-analysis"], Ct)).Kind);
        Assert.Equal("Different mental health settings", Assert.Single(await Store.GetSettingsAsync(["various-mental-health-settings"], Ct)).Name);
        var finding = Assert.Single(await Store.GetFindingsAsync(["peer-worker-diaries-residential-rehabilitation/trust-by-sharing-experiences"], Ct));
        Assert.Equal(["client", "family-member"], finding.AboutIds);
        Assert.Equal(["peer-specialist"], finding.PerspectiveIds);
        Assert.Equal("peer-worker-diaries-residential-rehabilitation", finding.StudyId);
    }

    [Fact]
    public async Task Themes_list_top_level_children_or_all_in_taxonomy_order()
    {
        var all = Curated.Seed.Themes;
        Assert.Equal(all.Where(t => t.ParentId is null).Select(t => t.Id), (await Store.ListThemesAsync(ThemeListScope.TopLevel, Ct)).Select(t => t.Id));
        Assert.Equal(all.Where(t => t.ParentId == "integration-with-colleagues").Select(t => t.Id),
            (await Store.ListThemesAsync(ThemeListScope.ChildrenOf("integration-with-colleagues"), Ct)).Select(t => t.Id));
        Assert.Equal(all.Select(t => t.Id), (await Store.ListThemesAsync(ThemeListScope.Everything, Ct)).Select(t => t.Id));
        Assert.Empty(await Store.ListThemesAsync(ThemeListScope.ChildrenOf("no-such-theme"), Ct));
    }

    [Fact]
    public async Task Lists_come_in_their_documented_orders()
    {
        Assert.Equal(Curated.Seed.Groups.Select(g => g.Id), (await Store.ListGroupsAsync(Ct)).Select(g => g.Id));
        Assert.Equal(["American journal of psychiatric rehabilitation", "Community Mental Health Journal"], (await Store.ListJournalsAsync(Ct)).Select(j => j.Name));
        Assert.Equal(["Dave Sells", "L. Davidson", "M. Lawless", "Sarah N. Mourra", "W. Sledge"], (await Store.ListAuthorsAsync(Ct)).Select(a => a.Name));
        Assert.Equal(Curated.Seed.Methods.Select(m => m.Id), (await Store.ListMethodsAsync(null, Ct)).Select(m => m.Id));
        Assert.Equal(Curated.Seed.Methods.Where(m => m.Kind == MethodKind.Analysis).Select(m => m.Id),
            (await Store.ListMethodsAsync(MethodKind.Analysis, Ct)).Select(m => m.Id));
        Assert.Equal(Curated.Seed.Studies.SelectMany(s => s.Settings).Select(s => s.Id).Distinct(), (await Store.ListSettingsAsync(Ct)).Select(s => s.Id));
    }

    // ---------------------------------------------------------------- relationships of studies

    [Fact]
    public async Task Study_relationships_load_for_many_studies_at_once_in_source_order()
    {
        string[] ids = ["pushing-patience-persistence-2014", "peer-specialist-role-massachusetts", "no-such-study"];

        var authors = await Store.AuthorsOfStudiesAsync(ids, Ct);
        var methods = await Store.MethodsOfStudiesAsync(ids, Ct);
        var participants = await Store.ParticipantsOfStudiesAsync(ids, Ct);
        var settings = await Store.SettingsOfStudiesAsync(ids, Ct);
        var findings = await Store.FindingsOfStudiesAsync(ids, FindingFilter.None, Ct);
        var themes = await Store.ThemesOfStudiesAsync(ids, Ct);

        foreach (var id in ids[..2])
        {
            var study = CuratedStudy(id);
            Assert.Equal(study.Authors, authors[id].Select(a => a.Name));
            Assert.Equal(study.MethodIds, methods[id].Select(m => m.Id));
            Assert.Equal(study.Participants.Select(p => (p.GroupId, p.Count, p.Note)), participants[id].Select(p => (p.GroupId, p.Count, p.Note)));
            Assert.Equal(study.Settings.Select(s => s.Id), settings[id].Select(s => s.Id));
            Assert.Equal(study.Findings.Select(f => f.Id), findings[id].Select(f => f.Id));
            Assert.Equal(Curated.ThemesOf(study), themes[id].Select(t => t.Id));
        }
        Assert.Empty(authors["no-such-study"]);
        Assert.Empty(findings["no-such-study"]);
        Assert.Equal([44, 14, 10], participants["peer-specialist-role-massachusetts"].Select(p => p.Count!.Value));
    }

    [Fact]
    public async Task Findings_of_a_study_narrow_by_theme_with_descendants_and_by_perspective()
    {
        const string Id = "peer-specialist-role-massachusetts";
        var study = CuratedStudy(Id);
        var subtree = Curated.Subtree("lived-and-shared-experience");

        var byTheme = await Store.FindingsOfStudiesAsync([Id], new FindingFilter(ThemeId: "lived-and-shared-experience"), Ct);
        var byPerspective = await Store.FindingsOfStudiesAsync([Id], new FindingFilter(PerspectiveId: "supervisor"), Ct);
        var both = await Store.FindingsOfStudiesAsync([Id], new FindingFilter("benefits-of-peer-work", "client"), Ct);
        var unknown = await Store.FindingsOfStudiesAsync([Id], new FindingFilter(ThemeId: "no-such-theme"), Ct);

        Assert.Equal(study.Findings.Where(f => subtree.Contains(f.ThemeId)).Select(f => f.Id), byTheme[Id].Select(f => f.Id));
        Assert.Equal(study.Findings.Where(f => f.PerspectiveIds.Contains("supervisor")).Select(f => f.Id), byPerspective[Id].Select(f => f.Id));
        Assert.Equal([$"{Id}/clients-report-better-mental-health"], both[Id].Select(f => f.Id));
        Assert.Empty(unknown[Id]);
    }

    [Fact]
    public async Task Related_studies_rank_by_jaccard_of_theme_sets()
    {
        var ids = Curated.Seed.Studies.Select(s => s.Id).ToList();

        var related = await Store.RelatedStudiesAsync(ids, 3, Ct);

        foreach (var study in Curated.Seed.Studies)
        {
            var expected = Curated.Related(study, 3);
            Assert.Equal(expected.Select(e => e.Id), related[study.Id].Select(r => r.StudyId));
            Assert.Equal(expected.Select(e => e.Similarity), related[study.Id].Select(r => r.Similarity), (a, b) => Math.Abs(a - b) < 1e-9);
            Assert.Equal(expected.Select(e => e.Shared), related[study.Id].Select(r => r.SharedThemeIds));
        }
        Assert.Empty((await Store.RelatedStudiesAsync(ids, 0, Ct))[ids[0]]);
    }

    [Fact]
    public async Task Related_studies_break_ties_by_id_on_generated_data()
    {
        var generated = new SeedOracle(Seeds.Generated(300, seed: 21));
        await Store.LoadSeedAsync(generated.Seed, cancellationToken: Ct);
        var sample = generated.Seed.Studies.Take(12).ToList();

        var related = await Store.RelatedStudiesAsync(sample.Select(s => s.Id).ToList(), 7, Ct);

        foreach (var study in sample)
        {
            Assert.Equal(generated.Related(study, 7).Select(r => r.Id), related[study.Id].Select(r => r.StudyId));
        }
    }

    // ---------------------------------------------------------------- relationships of themes and groups

    [Fact]
    public async Task Theme_relationships_roll_up_descendants_where_the_contract_says_so()
    {
        string[] ids = ["lived-and-shared-experience", "explicit-self-disclosure", "no-such-theme"];

        var children = await Store.ChildrenOfThemesAsync(ids, Ct);
        var direct = await Store.FindingsOfThemesAsync(ids, null, includeDescendants: false, Ct);
        var rolled = await Store.FindingsOfThemesAsync(ids, null, includeDescendants: true, Ct);
        var fromClients = await Store.FindingsOfThemesAsync(ids, "client", includeDescendants: true, Ct);
        var studies = await Store.StudiesOfThemesAsync(ids, Ct);
        var counts = await Store.StudyCountsOfThemesAsync(ids, Ct);

        Assert.Equal(["implicit-shared-experience", "explicit-self-disclosure"], children["lived-and-shared-experience"].Select(t => t.Id));
        foreach (var id in ids[..2])
        {
            var subtree = Curated.Subtree(id);
            Assert.Equal(Curated.Findings.Where(f => f.ThemeId == id).Select(f => f.Id).Order(StringComparer.Ordinal), direct[id].Select(f => f.Id).Order(StringComparer.Ordinal));
            Assert.Equal(Curated.Findings.Where(f => subtree.Contains(f.ThemeId)).Select(f => f.Id).Order(StringComparer.Ordinal), rolled[id].Select(f => f.Id).Order(StringComparer.Ordinal));
            Assert.Equal(Curated.Findings.Where(f => subtree.Contains(f.ThemeId) && f.PerspectiveIds.Contains("client")).Select(f => f.Id).Order(StringComparer.Ordinal),
                fromClients[id].Select(f => f.Id).Order(StringComparer.Ordinal));
            var expectedStudies = SeedOracle.DefaultOrder(Curated.Seed.Studies.Where(s => s.Findings.Any(f => subtree.Contains(f.ThemeId)))).Select(s => s.Id).ToList();
            Assert.Equal(expectedStudies, studies[id].Select(s => s.Id));
            Assert.Equal(expectedStudies.Count, counts[id]);
        }
        Assert.Empty(rolled["no-such-theme"]);
        Assert.False(counts.ContainsKey("no-such-theme"));
    }

    [Fact]
    public async Task Theme_perspectives_count_studies_and_findings_per_group_most_studies_first()
    {
        var themes = Curated.Seed.Themes.Select(t => t.Id).ToList();

        var perspectives = await Store.PerspectivesOfThemesAsync(themes, Ct);

        foreach (var theme in themes)
        {
            var expected = Curated.Seed.Groups
                .Select((g, order) => (g.Id, order, Cell: Curated.Cell(theme, g.Id)))
                .Where(x => x.Cell.Findings > 0)
                .OrderByDescending(x => x.Cell.Studies).ThenByDescending(x => x.Cell.Findings).ThenBy(x => x.order)
                .Select(x => new GroupCount(x.Id, x.Cell.Studies, x.Cell.Findings));
            Assert.Equal(expected, perspectives[theme]);
        }
    }

    [Fact]
    public async Task Findings_from_a_group_come_whole_with_every_perspective_and_every_group_they_are_about()
    {
        var groups = Curated.Seed.Groups.Select(g => g.Id).ToList();
        static string Whole(Finding f) =>
            $"{f.Id} | {f.StudyId} | {f.ThemeId} | from {string.Join(",", f.PerspectiveIds)} | about {string.Join(",", f.AboutIds)} | {f.Statement} | {f.Evidence}";

        var findings = await Store.FindingsFromGroupsAsync(groups, null, Ct);

        foreach (var group in groups)
        {
            var expected = Curated.Findings.Where(f => f.PerspectiveIds.Contains(group)).Select(f => Whole(f.ToFinding(Curated.StudyOf(f).Id)));
            Assert.Equal(expected.Order(StringComparer.Ordinal), findings[group].Select(Whole).Order(StringComparer.Ordinal));
        }
        // The README's question: what non-peer providers say about peer specialists.
        Assert.NotEmpty(findings["non-peer-provider"]);
        Assert.All(findings["non-peer-provider"], f => Assert.Contains("peer-specialist", f.AboutIds));
        Assert.Contains(groups, g => findings[g].Any(f => f.AboutIds.Any(about => about != g)));
    }

    [Fact]
    public async Task Group_relationships_load_sampled_studies_perspective_findings_and_themes()
    {
        string[] ids = ["supervisor", "family-member", "no-such-group"];

        var sampled = await Store.StudiesSamplingGroupsAsync(ids, Ct);
        var findings = await Store.FindingsFromGroupsAsync(ids, null, Ct);
        var onTheme = await Store.FindingsFromGroupsAsync(["peer-specialist"], "emotional-toll", Ct);
        var themes = await Store.ThemesOfGroupsAsync(ids, Ct);

        Assert.Equal(["what-we-have-in-common-2019", "peer-specialist-role-massachusetts"], sampled["supervisor"].Select(s => s.Id));
        Assert.Empty(sampled["family-member"]);
        Assert.Equal(Curated.Findings.Where(f => f.PerspectiveIds.Contains("supervisor")).Select(f => f.Id), findings["supervisor"].Select(f => f.Id));
        Assert.Empty(findings["family-member"]);
        var toll = Curated.Subtree("emotional-toll");
        Assert.Equal(Curated.Findings.Where(f => toll.Contains(f.ThemeId) && f.PerspectiveIds.Contains("peer-specialist")).Select(f => f.Id).Order(StringComparer.Ordinal),
            onTheme["peer-specialist"].Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Curated.Seed.Themes.Where(t => Curated.Findings.Any(f => f.ThemeId == t.Id && f.PerspectiveIds.Contains("supervisor"))).Select(t => t.Id),
            themes["supervisor"].Select(t => t.Id));
        Assert.Empty(themes["no-such-group"]);
    }

    [Fact]
    public async Task Journals_authors_methods_and_settings_list_their_studies_newest_first()
    {
        var byJournal = await Store.StudiesOfJournalsAsync(["community-mental-health-journal"], Ct);
        var byAuthor = await Store.StudiesOfAuthorsAsync(["l-davidson"], Ct);
        var byMethod = await Store.StudiesOfMethodsAsync(["interviews", "diaries"], Ct);
        var bySetting = await Store.StudiesOfSettingsAsync(["community-residential-rehabilitation"], Ct);

        Assert.Equal(["intentional-differences-2021", "what-we-have-in-common-2019"], byJournal["community-mental-health-journal"].Select(s => s.Id));
        Assert.Equal(["pushing-patience-persistence-2014"], byAuthor["l-davidson"].Select(s => s.Id));
        Assert.Equal(["pushing-patience-persistence-2014", "peer-specialist-role-massachusetts"], byMethod["interviews"].Select(s => s.Id));
        Assert.Equal(["peer-worker-diaries-residential-rehabilitation"], byMethod["diaries"].Select(s => s.Id));
        Assert.Equal(["peer-worker-diaries-residential-rehabilitation"], bySetting["community-residential-rehabilitation"].Select(s => s.Id));
    }

    // ---------------------------------------------------------------- study pages

    [Theory]
    [InlineData(StudyOrder.YearDesc)]
    [InlineData(StudyOrder.YearAsc)]
    [InlineData(StudyOrder.TitleAsc)]
    [InlineData(StudyOrder.CitationsDesc)]
    public async Task Paging_through_every_order_visits_each_study_once_in_order(StudyOrder order)
    {
        var generated = new SeedOracle(Seeds.Generated(250, seed: 11));
        await Store.LoadSeedAsync(generated.Seed, cancellationToken: Ct);

        var seen = new List<string>();
        StudyCursor? after = null;
        var pages = 0;
        while (true)
        {
            var page = await Store.QueryStudiesAsync(new StudyQuery(StudyFilter.None, order, 17, after, IncludeTotalCount: pages == 0), Ct);
            if (pages == 0)
            {
                Assert.Equal(250, page.TotalCount);
                Assert.False(page.HasPreviousPage);
            }
            else
            {
                Assert.Null(page.TotalCount);
                Assert.True(page.HasPreviousPage);
            }
            seen.AddRange(page.Items.Select(i => i.Study.Id));
            pages++;
            if (!page.HasNextPage)
            {
                break;
            }
            var cursor = page.Items[^1].Cursor;
            Assert.True(StudyCursorCodec.TryDecode(StudyCursorCodec.Encode(cursor), out var decoded));
            after = decoded;
        }

        Assert.Equal(generated.Ordered(order).Select(s => s.Id), seen);
        Assert.Equal(15, pages);
    }

    [Fact]
    public async Task A_page_of_zero_says_whether_there_is_more()
    {
        var page = await Store.QueryStudiesAsync(new StudyQuery(StudyFilter.None, First: 0, IncludeTotalCount: true), Ct);

        Assert.Empty(page.Items);
        Assert.True(page.HasNextPage);
        Assert.Equal(5, page.TotalCount);
    }

    public static TheoryData<string> FilterNames => ["text", "years", "themes", "participants", "perspectives", "methods", "journal", "doi", "combined", "empty list"];

    [Theory]
    [MemberData(nameof(FilterNames))]
    public async Task Every_filter_matches_what_the_oracle_matches(string name)
    {
        var generated = new SeedOracle(Seeds.Generated(300, seed: 5));
        await Store.LoadSeedAsync(generated.Seed, cancellationToken: Ct);
        var someDoi = generated.Seed.Studies.First(s => s.Doi is not null).Doi!;
        var journal = generated.Seed.Studies.First(s => s.Journal is not null).Journal!.Name;
        var roles = generated.Subtree("role-clarity");
        (StudyFilter Filter, Func<StudyRecord, bool> Expected) testCase = name switch
        {
            "text" => (new StudyFilter(Text: "Peer TRUST"), s => Words(s).Contains("peer") && Words(s).Contains("trust")),
            "years" => (new StudyFilter(YearFrom: 2005, YearTo: 2010), s => s.Year is >= 2005 and <= 2010),
            "themes" => (new StudyFilter(ThemeIds: ["role-clarity", "vicarious-trauma"]), s => s.Findings.Any(f => roles.Contains(f.ThemeId) || f.ThemeId == "vicarious-trauma")),
            "participants" => (new StudyFilter(ParticipantGroupIds: ["family-member"]), s => s.Participants.Any(p => p.GroupId == "family-member")),
            "perspectives" => (new StudyFilter(PerspectiveIds: ["supervisor", "client"]), s => s.Findings.Any(f => f.PerspectiveIds.Contains("supervisor") || f.PerspectiveIds.Contains("client"))),
            "methods" => (new StudyFilter(MethodIds: ["diaries"]), s => s.MethodIds.Contains("diaries")),
            "journal" => (new StudyFilter(JournalId: Slug.From(journal)), s => s.Journal?.Name == journal),
            "doi" => (new StudyFilter(Doi: someDoi.ToUpperInvariant()), s => s.Doi == someDoi),
            "combined" => (new StudyFilter(YearFrom: 2000, PerspectiveIds: ["client"], ThemeIds: ["benefits-of-peer-work"]),
                s => s.Year >= 2000 && s.Findings.Any(f => f.PerspectiveIds.Contains("client")) && s.Findings.Any(f => generated.Subtree("benefits-of-peer-work").Contains(f.ThemeId))),
            "empty list" => (new StudyFilter(ThemeIds: []), _ => false),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };

        var page = await Store.QueryStudiesAsync(new StudyQuery(testCase.Filter, First: 100, IncludeTotalCount: true), Ct);

        var expected = SeedOracle.DefaultOrder(generated.Seed.Studies.Where(testCase.Expected)).Select(s => s.Id).ToList();
        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Equal(expected.Take(100), page.Items.Select(i => i.Study.Id));
    }

    private static HashSet<string> Words(StudyRecord s) =>
        $"{s.Title} {s.Abstract} {string.Join(' ', s.Keywords)}".ToLowerInvariant().Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    // ---------------------------------------------------------------- graph questions

    [Fact]
    public async Task Search_needs_every_word_and_takes_the_last_as_a_prefix()
    {
        var hits = await Store.SearchAsync("vicarious traum", 20, Ct);

        Assert.NotEmpty(hits);
        Assert.Contains(hits, h => h.Node == new NodeRef(NodeKind.Theme, "vicarious-trauma"));
        Assert.Contains(hits, h => h.Node == new NodeRef(NodeKind.Study, "pushing-patience-persistence-2014"));
        Assert.All(hits, h => Assert.True(h.Score > 0));
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Score), hits.Select(h => h.Score));
        Assert.All(hits, h => Assert.Contains("vicarious", h.Snippet!, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(await Store.SearchAsync("vicarious psoriasis", 20, Ct));
    }

    [Fact]
    public async Task Search_without_snippets_finds_the_same_nodes_with_the_same_scores_and_no_snippet()
    {
        var with = await Store.SearchAsync("vicarious traum", 20, withSnippets: true, Ct);
        var without = await Store.SearchAsync("vicarious traum", 20, withSnippets: false, Ct);

        Assert.NotEmpty(with);
        Assert.All(with, h => Assert.NotNull(h.Snippet));
        Assert.Equal(with.Select(h => (h.Node, h.Score)), without.Select(h => (h.Node, h.Score)));
        Assert.All(without, h => Assert.Null(h.Snippet));
    }

    [Fact]
    public async Task Search_is_case_insensitive_and_finds_findings_by_their_evidence()
    {
        var hits = await Store.SearchAsync("SELF-WORTH", 5, Ct);

        Assert.Contains(hits, h => h.Node == new NodeRef(NodeKind.Finding, "pushing-patience-persistence-2014/self-worth-and-client-outcomes"));
        Assert.True(hits.Count <= 5);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(trust")]
    [InlineData("-trust OR")]
    [InlineData("trust\" OR \"x")]
    [InlineData("title:trust")]
    public async Task Search_treats_query_syntax_in_user_text_as_plain_words(string text)
    {
        var hits = await Store.SearchAsync(text, 10, Ct);

        Assert.NotNull(hits);
    }

    [Fact]
    public async Task The_evidence_map_defaults_to_top_level_themes_by_every_group_with_descendants_rolled_up()
    {
        var map = await Store.EvidenceMapAsync(null, null, Ct);

        var roots = Curated.Seed.Themes.Where(t => t.ParentId is null).Select(t => t.Id).ToList();
        Assert.Equal(roots, map.Themes.Select(t => t.Id));
        Assert.Equal(Curated.Seed.Groups.Select(g => g.Id), map.Groups.Select(g => g.Id));
        Assert.Equal(roots.Count * 5, map.Cells.Count);
        var expected = roots.SelectMany(t => Curated.Seed.Groups.Select(g => (t, g.Id, Curated.Cell(t, g.Id))))
            .Select(x => new EvidenceCellResult(x.t, x.Id, x.Item3.Studies, x.Item3.Findings));
        Assert.Equal(expected, map.Cells);
        Assert.Contains(map.Cells, c => c.StudyCount == 0);
    }

    [Fact]
    public async Task The_evidence_map_keeps_the_given_rows_and_columns_in_order_and_drops_unknown_ids()
    {
        var map = await Store.EvidenceMapAsync(["role-ambiguity", "no-such-theme", "benefits-of-peer-work"], ["client", "peer-specialist", "nobody"], Ct);

        Assert.Equal(["role-ambiguity", "benefits-of-peer-work"], map.Themes.Select(t => t.Id));
        Assert.Equal(["client", "peer-specialist"], map.Groups.Select(g => g.Id));
        Assert.Equal(
            [("role-ambiguity", "client"), ("role-ambiguity", "peer-specialist"), ("benefits-of-peer-work", "client"), ("benefits-of-peer-work", "peer-specialist")],
            map.Cells.Select(c => (c.ThemeId, c.GroupId)));
    }

    [Fact]
    public async Task Evidence_cells_list_their_distinct_studies()
    {
        var keys = Curated.Seed.Themes.SelectMany(t => Curated.Seed.Groups.Select(g => new EvidenceCellKey(t.Id, g.Id))).ToList();

        var studies = await Store.StudiesOfEvidenceCellsAsync(keys, Ct);

        Assert.All(keys, k => Assert.Equal(Curated.CellStudies(k.ThemeId, k.GroupId), studies[k].Select(s => s.Id)));
    }

    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 50)]
    [InlineData(1, 3)]
    public async Task Theme_cooccurrence_matches_the_oracle(int minShared, int first)
    {
        var pairs = await Store.ThemeCooccurrenceAsync(minShared, first, Ct);
        var shared = await Store.SharedStudiesOfThemePairsAsync(pairs.Select(p => p.Key).ToList(), Ct);

        var expected = Curated.Cooccurrence(minShared, first);
        Assert.Equal(expected.Select(p => (p.ThemeAId, p.ThemeBId, p.Count)), pairs.Select(p => (p.ThemeAId, p.ThemeBId, p.Count)));
        Assert.Equal(expected.Select(p => p.Jaccard), pairs.Select(p => p.Jaccard), (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.All(pairs, p => Assert.Equal(p.Count, shared[p.Key].Count()));
    }

    [Fact]
    public async Task Stats_count_every_node_kind_and_every_relationship()
    {
        Assert.Equal(Curated.Stats(), await Store.StatsAsync(Ct));
    }

    [Fact]
    public async Task A_path_from_a_subtheme_to_its_parent_is_one_stored_step()
    {
        var child = new NodeRef(NodeKind.Theme, "role-ambiguity");
        var parent = new NodeRef(NodeKind.Theme, "role-clarity");

        var paths = await Store.PathsAsync(parent, child, 4, 5, Ct);

        var path = Assert.Single(paths);
        Assert.Equal([parent, child], path.Nodes);
        Assert.Equal(new PathStepResult(child, parent, "SUBTHEME_OF"), Assert.Single(path.Steps));
    }

    [Fact]
    public async Task Paths_are_shortest_and_follow_relationships_either_way()
    {
        var author = new NodeRef(NodeKind.Author, "l-davidson");
        var theme = new NodeRef(NodeKind.Theme, "vicarious-trauma");

        var paths = await Store.PathsAsync(author, theme, 6, 5, Ct);

        var path = Assert.Single(paths);
        Assert.Equal(3, path.Length);
        Assert.Equal([author, new NodeRef(NodeKind.Study, "pushing-patience-persistence-2014"),
            new NodeRef(NodeKind.Finding, "pushing-patience-persistence-2014/vicarious-trauma-and-setbacks"), theme], path.Nodes);
        Assert.Equal(["AUTHORED", "REPORTS", "ABOUT"], path.Steps.Select(s => s.Type));
        Assert.Equal(author, path.Steps[0].From);
    }

    [Fact]
    public async Task Several_shortest_paths_are_returned_up_to_first()
    {
        var from = new NodeRef(NodeKind.Study, "intentional-differences-2021");
        var to = new NodeRef(NodeKind.StakeholderGroup, "peer-specialist");

        var all = await Store.PathsAsync(from, to, 4, 10, Ct);
        var two = await Store.PathsAsync(from, to, 4, 2, Ct);

        Assert.Equal(5, all.Count); // each of its five findings CONCERNS peer specialists
        Assert.All(all, p => Assert.Equal(2, p.Length));
        Assert.Equal(5, all.Select(p => p.Nodes[1]).Distinct().Count());
        Assert.Equal(2, two.Count);
    }

    [Fact]
    public async Task Paths_are_empty_beyond_max_hops_or_for_missing_nodes_and_length_zero_to_self()
    {
        var author = new NodeRef(NodeKind.Author, "l-davidson");
        var theme = new NodeRef(NodeKind.Theme, "vicarious-trauma");

        Assert.Empty(await Store.PathsAsync(author, theme, 2, 5, Ct));
        Assert.Empty(await Store.PathsAsync(author, new NodeRef(NodeKind.Theme, "no-such-theme"), 6, 5, Ct));
        Assert.Empty(await Store.PathsAsync(new NodeRef(NodeKind.Study, "vicarious-trauma"), theme, 6, 5, Ct));
        var self = Assert.Single(await Store.PathsAsync(theme, theme, 1, 5, Ct));
        Assert.Equal(0, self.Length);
        Assert.Equal([theme], self.Nodes);
    }

    // ---------------------------------------------------------------- writes

    [Fact]
    public async Task Loading_the_same_seed_twice_gives_the_same_graph()
    {
        var before = await SnapshotAsync();

        await Store.LoadSeedAsync(Curated.Seed, cancellationToken: Ct);

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_reload_updates_changed_records_and_drops_studies_no_longer_in_the_seed()
    {
        var studies = Curated.Seed.Studies.ToList();
        studies[0] = studies[0] with { Title = "A changed title", CitationCount = 99 };
        var removed = studies[^1].Id;
        studies.RemoveAt(studies.Count - 1);

        await Store.LoadSeedAsync(Curated.Seed with { Studies = studies }, cancellationToken: Ct);

        var changed = Assert.Single(await Store.GetStudiesAsync([studies[0].Id], Ct));
        Assert.Equal(("A changed title", (int?)99), (changed.Title, changed.CitationCount));
        Assert.Empty(await Store.GetStudiesAsync([removed], Ct));
        Assert.Equal(new SeedOracle(Curated.Seed with { Studies = studies }).Stats(), await Store.StatsAsync(Ct));
        Assert.DoesNotContain(await Store.SearchAsync("peer", 100, Ct), h => h.Node.Id == removed || h.Node.Id.StartsWith(removed + "/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_seed_the_store_refuses_leaves_the_store_as_it_was()
    {
        var before = await SnapshotAsync();
        var broken = Curated.Seed.Studies.Select((s, i) => i == 2 ? s with { Findings = [s.Findings[0] with { ThemeId = "no-such-theme" }] } : s).ToList();

        await Assert.ThrowsAsync<StoreConstraintException>(() => Store.LoadSeedAsync(Curated.Seed with { Studies = broken }, cancellationToken: Ct));

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Upserting_a_study_replaces_it_with_its_findings()
    {
        var original = CuratedStudy("what-we-have-in-common-2019");
        var replacement = original with
        {
            Title = "Replaced",
            Authors = ["New Author"],
            Findings = [original.Findings[0], original.Findings[1] with { Id = original.Id + "/new-finding", ThemeId = "role-ambiguity" }],
        };

        await Store.UpsertStudyAsync(replacement, Ct);

        Assert.Equal("Replaced", Assert.Single(await Store.GetStudiesAsync([original.Id], Ct)).Title);
        Assert.Equal([original.Findings[0].Id, original.Id + "/new-finding"], (await Store.FindingsOfStudiesAsync([original.Id], FindingFilter.None, Ct))[original.Id].Select(f => f.Id));
        Assert.Empty(await Store.GetFindingsAsync([original.Findings[2].Id], Ct));
        Assert.Equal(["New Author"], (await Store.AuthorsOfStudiesAsync([original.Id], Ct))[original.Id].Select(a => a.Name));
        var expected = new SeedOracle(Curated.Seed with { Studies = Curated.Seed.Studies.Select(s => s.Id == original.Id ? replacement : s).ToList() });
        Assert.Equal(expected.Stats(), await Store.StatsAsync(Ct));
        Assert.Contains(await Store.SearchAsync("Replaced", 5, Ct), h => h.Node.Id == original.Id);
        Assert.Equal(expected.Cell("relationship-and-trust", "peer-specialist"),
            Cell(await Store.EvidenceMapAsync(["relationship-and-trust"], ["peer-specialist"], Ct)));
    }

    private static (int, int) Cell(EvidenceMapResult map) => (map.Cells[0].StudyCount, map.Cells[0].FindingCount);

    [Fact]
    public async Task Upserting_a_new_study_adds_it_and_a_failing_upsert_changes_nothing()
    {
        var template = CuratedStudy("intentional-differences-2021");
        var added = template with { Id = "added-2022", Doi = "10.9999/added", Findings = [template.Findings[0] with { Id = "added-2022/one" }] };
        await Store.UpsertStudyAsync(added, Ct);
        Assert.Single(await Store.GetStudiesAsync(["added-2022"], Ct));
        var before = await SnapshotAsync();

        var broken = added with { Title = "Should not stick", Findings = [added.Findings[0] with { ThemeId = "no-such-theme" }] };
        await Assert.ThrowsAsync<StoreConstraintException>(() => Store.UpsertStudyAsync(broken, Ct));

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Deleting_a_study_removes_its_findings_and_orphaned_authors()
    {
        const string Id = "pushing-patience-persistence-2014";

        Assert.True(await Store.DeleteStudyAsync(Id, Ct));
        Assert.False(await Store.DeleteStudyAsync(Id, Ct));

        Assert.Empty(await Store.GetStudiesAsync([Id], Ct));
        Assert.Empty(await Store.GetFindingsAsync(CuratedStudy(Id).Findings.Select(f => f.Id).ToList(), Ct));
        Assert.Empty(await Store.ListAuthorsAsync(Ct));
        Assert.Equal(new SeedOracle(Curated.Seed with { Studies = Curated.Seed.Studies.Where(s => s.Id != Id).ToList() }).Stats(), await Store.StatsAsync(Ct));
    }

    [Fact]
    public async Task Upserting_a_theme_adds_it_last_or_replaces_it_in_place()
    {
        await Store.UpsertThemeAsync(new Theme("peer-burnout", "Burnout", "Exhaustion in peer roles.", "emotional-toll"), Ct);
        await Store.UpsertThemeAsync(new Theme("role-clarity", "Role clarity (renamed)", null, null), Ct);

        var all = await Store.ListThemesAsync(ThemeListScope.Everything, Ct);
        Assert.Equal("peer-burnout", all[^1].Id);
        Assert.Equal(Curated.Seed.Themes.Select(t => t.Id).Append("peer-burnout"), all.Select(t => t.Id));
        Assert.Equal("Role clarity (renamed)", all.Single(t => t.Id == "role-clarity").Name);
        Assert.Contains("peer-burnout", (await Store.ChildrenOfThemesAsync(["emotional-toll"], Ct))["emotional-toll"].Select(t => t.Id));
        Assert.Contains(await Store.SearchAsync("exhaustion", 5, Ct), h => h.Node == new NodeRef(NodeKind.Theme, "peer-burnout"));
    }

    [Fact]
    public async Task A_theme_with_an_unknown_parent_is_refused_and_changes_nothing()
    {
        var before = await SnapshotAsync();

        await Assert.ThrowsAsync<StoreConstraintException>(() => Store.UpsertThemeAsync(new Theme("orphan", "Orphan", null, "no-such-parent"), Ct));

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task The_store_reports_ready_and_whether_it_is_empty()
    {
        Assert.True(await Store.IsReadyAsync(Ct));
        Assert.False(await Store.IsEmptyAsync(Ct));
        var empty = await CreateStoreAsync();
        Assert.True(await empty.IsEmptyAsync(Ct));
    }

    // ---------------------------------------------------------------- derived data follows writes

    [Fact]
    public async Task After_upserts_deletes_and_a_moved_theme_derived_data_equals_a_load_of_the_resulting_graph()
    {
        // Writes on a generated graph: a study replaced with findings on other themes and perspectives, other authors,
        // journal and settings; two deleted; one added; one replaced by itself; a sub-theme moved under another root.
        var generated = Seeds.Generated(150, seed: 11);
        await Store.LoadSeedAsync(generated, cancellationToken: Ct);
        var studies = generated.Studies.ToList();
        var themes = generated.Themes.ToList();
        var leaves = themes.Where(t => t.ParentId is not null).Select(t => t.Id).ToList();
        var groups = generated.Groups.Select(g => g.Id).ToList();

        var changed = studies[3] with
        {
            Authors = ["Someone Entirely New", studies[4].Authors[0]],
            Journal = new JournalRecord("A Journal Of Its Own", [], null),
            Settings = [new Setting("a-new-setting", "A new setting", null)],
            Findings = studies[3].Findings.Select((f, i) => f with
            {
                ThemeId = leaves[(leaves.IndexOf(f.ThemeId) + 3 + i) % leaves.Count],
                PerspectiveIds = [groups[(i + 1) % groups.Count], groups[(i + 2) % groups.Count]],
            }).ToList(),
        };
        await Store.UpsertStudyAsync(changed, Ct);
        studies[3] = changed;
        foreach (var gone in new[] { studies[10], studies[77] })
        {
            Assert.True(await Store.DeleteStudyAsync(gone.Id, Ct));
            studies.Remove(gone);
        }
        var added = studies[5] with
        {
            Id = "added-study-2024",
            Doi = "10.9999/added-study-2024",
            Findings = studies[5].Findings.Select((f, i) => f with { Id = $"added-study-2024/{i}", ThemeId = leaves[i % leaves.Count] }).ToList(),
        };
        await Store.UpsertStudyAsync(added, Ct);
        studies.Add(added);
        await Store.UpsertStudyAsync(studies[20], Ct);
        var moved = themes.First(t => t.ParentId is not null);
        var newParent = themes.First(t => t.ParentId is null && t.Id != moved.ParentId);
        await Store.UpsertThemeAsync(moved with { ParentId = newParent.Id }, Ct);
        themes[themes.IndexOf(moved)] = moved with { ParentId = newParent.Id };

        var fresh = await CreateStoreAsync();
        await fresh.LoadSeedAsync(generated with { Studies = studies, Themes = themes }, cancellationToken: Ct);
        var studyIds = studies.Select(s => s.Id).Concat([studies[0].Id, "no-such-study"]).ToList();
        Assert.Equal(await DerivedSnapshotAsync(fresh, studyIds), await DerivedSnapshotAsync(Store, studyIds));
    }

    /// <summary>What the stores derive from findings and links: counts, roll-ups, related studies, co-occurrence, orphans.</summary>
    private static async Task<string> DerivedSnapshotAsync(IGraphStore store, IReadOnlyCollection<string> studyIds)
    {
        var themeIds = (await store.ListThemesAsync(ThemeListScope.Everything, Ct)).Select(t => t.Id).ToList();
        var groupIds = (await store.ListGroupsAsync(Ct)).Select(g => g.Id).ToList();
        var parts = new List<object>
        {
            await store.StatsAsync(Ct),
            string.Join("|", (await store.EvidenceMapAsync(themeIds, groupIds, Ct)).Cells),
            string.Join("|", (await store.StudyCountsOfThemesAsync(themeIds, Ct)).OrderBy(p => p.Key, StringComparer.Ordinal)),
            string.Join("|", (await store.PerspectivesOfThemesAsync(themeIds, Ct)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}:{string.Join(",", g)}")),
            string.Join("|", (await store.ThemesOfStudiesAsync(studyIds, Ct)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}:{string.Join(",", g.Select(t => t.Id))}")),
            string.Join("|", (await store.RelatedStudiesAsync(studyIds, 5, Ct)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}:{string.Join(",", g.Select(r => $"{r.StudyId}/{r.Similarity:R}/{string.Join("+", r.SharedThemeIds)}"))}")),
            string.Join("|", await store.ThemeCooccurrenceAsync(1, 50, Ct)),
            string.Join("|", (await store.ListJournalsAsync(Ct)).Select(j => j.Id)),
            string.Join("|", (await store.ListAuthorsAsync(Ct)).Select(a => a.Id)),
            string.Join("|", (await store.ListSettingsAsync(Ct)).Select(x => x.Id).Order(StringComparer.Ordinal)),
        };
        return string.Join("\n", parts);
    }

    /// <summary>Everything observable about the curated graph, for before/after comparisons.</summary>
    private async Task<string> SnapshotAsync()
    {
        var studyIds = Curated.Seed.Studies.Select(s => s.Id).Append("added-2022").ToList();
        var parts = new List<object>
        {
            await Store.StatsAsync(Ct),
            string.Join("|", (await Store.GetStudiesAsync(studyIds, Ct)).OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => $"{s with { Keywords = [] }}{string.Join(",", s.Keywords)}")),
            string.Join("|", (await Store.FindingsOfStudiesAsync(studyIds, FindingFilter.None, Ct)).SelectMany(g => g).Select(f => $"{f.Id}:{f.ThemeId}:{string.Join(",", f.PerspectiveIds)}")),
            string.Join("|", (await Store.ListThemesAsync(ThemeListScope.Everything, Ct)).Select(t => t.ToString())),
            string.Join("|", (await Store.ListJournalsAsync(Ct)).Select(j => $"{j.Id}:{string.Join(",", j.Issn)}:{j.Publisher}")),
            string.Join("|", (await Store.ListAuthorsAsync(Ct)).Select(a => a.Id)),
            string.Join("|", (await Store.EvidenceMapAsync(null, null, Ct)).Cells),
            string.Join("|", (await Store.SearchAsync("peer", 100, Ct)).Select(h => h.Node)),
        };
        return string.Join("\n", parts);
    }
}
