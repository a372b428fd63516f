using System.Text.Json;
using System.Text.Json.Nodes;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;
using PeerGraph.Neo4j.Client;
using PeerGraph.Neo4j.Store;

namespace PeerGraph.Neo4j.Tests.Store;

/// <summary>
/// Each read statement's contract with the store, through <see cref="CypherStubServer"/>: the parameters sent are
/// exactly the $parameters the .cypher file uses (with the values the call implies), the store reads only the columns
/// the file returns, and a row maps to the domain value it stands for. What the statement computes on a real graph is
/// the store suite's job (Neo4jGraphStoreContractTests, against a live Neo4j).
/// </summary>
public sealed class StatementContractTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, object?> StudyMap = new()
    {
        ["id"] = "s1", ["title"] = "Peer work", ["titleSort"] = "peer work", ["titleIsDerived"] = true, ["abstract"] = "A.", ["year"] = 2021,
        ["publishedOn"] = "2021-11-01", ["doi"] = "10.1/x", ["doiKey"] = "10.1/x", ["url"] = "https://x", ["journalId"] = "j1", ["volume"] = "57",
        ["issue"] = "8", ["pages"] = "1-2", ["design"] = "qualitative", ["location"] = "MA", ["dataCollectedFrom"] = "2009-09",
        ["dataCollectedTo"] = "2011-01", ["keywords"] = new[] { "peer", "role" }, ["keywordText"] = "peer role", ["citationCount"] = 21,
        ["sourceFile"] = "001.txt", ["sourceKind"] = "catalogue", ["themeCount"] = 3,
    };

    private static readonly Study Study = new("s1", "Peer work", true, "A.", 2021, "2021-11-01", "10.1/x", "https://x", "j1", "57", "8", "1-2",
        "qualitative", "MA", "2009-09", "2011-01", ["peer", "role"], 21, new SourceDocument("001.txt", "catalogue"));

    private static readonly Dictionary<string, object?> FindingMap = new()
    {
        ["id"] = "s1/f1", ["statement"] = "Said.", ["evidence"] = "\"quote\"", ["ordinal"] = 0, ["studyId"] = "s1", ["themeId"] = "t1",
        ["perspectiveIds"] = new[] { "non-peer-provider", "supervisor" }, ["aboutIds"] = new[] { "peer-specialist" },
    };

    private static readonly Finding Finding = new("s1/f1", "s1", "t1", ["non-peer-provider", "supervisor"], ["peer-specialist"], "Said.", "\"quote\"");

    private static readonly Dictionary<string, object?> ThemeMap = new() { ["id"] = "t1", ["name"] = "Role", ["description"] = "D.", ["ordinal"] = 2, ["parentId"] = "t0" };
    private static readonly Theme Theme = new("t1", "Role", "D.", "t0");
    private static readonly Dictionary<string, object?> GroupMap = new() { ["id"] = "g1", ["name"] = "Peers", ["description"] = null, ["synonyms"] = new[] { "peer workers" }, ["ordinal"] = 0 };
    private static readonly StakeholderGroup Group = new("g1", "Peers", null, ["peer workers"]);
    private static readonly Dictionary<string, object?> JournalMap = new() { ["id"] = "j1", ["name"] = "CMHJ", ["issn"] = new[] { "0010-3853" }, ["publisher"] = "Springer" };
    private static readonly Journal Journal = new("j1", "CMHJ", ["0010-3853"], "Springer");
    private static readonly Dictionary<string, object?> AuthorMap = new() { ["id"] = "a1", ["name"] = "L. Davidson" };
    private static readonly Author Author = new("a1", "L. Davidson");
    private static readonly Dictionary<string, object?> MethodMap = new() { ["id"] = "m1", ["name"] = "Diaries", ["kind"] = "DATA_COLLECTION", ["ordinal"] = 1 };
    private static readonly Method Method = new("m1", "Diaries", MethodKind.DataCollection);
    private static readonly Dictionary<string, object?> SettingMap = new() { ["id"] = "x1", ["name"] = "Residential", ["description"] = "R.", ["ordinal"] = 0 };
    private static readonly Setting Setting = new("x1", "Residential", "R.");

    private sealed record Case(Action<CypherStubServer> Arrange, Func<Neo4jGraphStore, Task<object?>> Act, string Parameters, object? Expected);

    private static Dictionary<string, List<T>> L<T>(ILookup<string, T> lookup) => lookup.ToDictionary(g => g.Key, g => g.ToList());

    private static Case ById(string statement, object map, Func<Neo4jGraphStore, Task<object?>> act, object expected) =>
        new(s => s.Answer(statement, [map]), act, """{"ids":["k"]}""", new[] { expected });

    private static Case Lookup(string statement, object map, Func<Neo4jGraphStore, Task<object?>> act, object expected, string parameters = """{"ids":["k"]}""") =>
        new(s => s.Answer(statement, ["k", map]), act, parameters, new Dictionary<string, object[]> { ["k"] = [expected] });

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["Read/GetStudies"] = ById("Read/GetStudies", StudyMap, async s => await s.GetStudiesAsync(["k"], Ct), Study),
        ["Read/GetFindings"] = ById("Read/GetFindings", FindingMap, async s => await s.GetFindingsAsync(["k"], Ct), Finding),
        ["Read/GetThemes"] = ById("Read/GetThemes", ThemeMap, async s => await s.GetThemesAsync(["k"], Ct), Theme),
        ["Read/GetGroups"] = ById("Read/GetGroups", GroupMap, async s => await s.GetGroupsAsync(["k"], Ct), Group),
        ["Read/GetJournals"] = ById("Read/GetJournals", JournalMap, async s => await s.GetJournalsAsync(["k"], Ct), Journal),
        ["Read/GetAuthors"] = ById("Read/GetAuthors", AuthorMap, async s => await s.GetAuthorsAsync(["k"], Ct), Author),
        ["Read/GetMethods"] = ById("Read/GetMethods", MethodMap, async s => await s.GetMethodsAsync(["k"], Ct), Method),
        ["Read/GetSettings"] = ById("Read/GetSettings", SettingMap, async s => await s.GetSettingsAsync(["k"], Ct), Setting),

        ["Read/ListThemes"] = new(s => s.Answer("Read/ListThemes", [ThemeMap]), async s => await s.ListThemesAsync(new ThemeListScope("t0"), Ct), """{"all":false,"parentId":"t0"}""", new[] { Theme }),
        ["Read/ListGroups"] = new(s => s.Answer("Read/ListGroups", [GroupMap]), async s => await s.ListGroupsAsync(Ct), "{}", new[] { Group }),
        ["Read/ListJournals"] = new(s => s.Answer("Read/ListJournals", [JournalMap]), async s => await s.ListJournalsAsync(Ct), "{}", new[] { Journal }),
        ["Read/ListAuthors"] = new(s => s.Answer("Read/ListAuthors", [AuthorMap]), async s => await s.ListAuthorsAsync(Ct), "{}", new[] { Author }),
        ["Read/ListMethods"] = new(s => s.Answer("Read/ListMethods", [MethodMap]), async s => await s.ListMethodsAsync(MethodKind.DataCollection, Ct), """{"kind":"DATA_COLLECTION"}""", new[] { Method }),
        ["Read/ListSettings"] = new(s => s.Answer("Read/ListSettings", [SettingMap]), async s => await s.ListSettingsAsync(Ct), "{}", new[] { Setting }),

        ["Read/AuthorsOfStudies"] = Lookup("Read/AuthorsOfStudies", AuthorMap, async s => L(await s.AuthorsOfStudiesAsync(["k"], Ct)), Author),
        ["Read/MethodsOfStudies"] = Lookup("Read/MethodsOfStudies", MethodMap, async s => L(await s.MethodsOfStudiesAsync(["k"], Ct)), Method),
        ["Read/SettingsOfStudies"] = Lookup("Read/SettingsOfStudies", SettingMap, async s => L(await s.SettingsOfStudiesAsync(["k"], Ct)), Setting),
        ["Read/ParticipantsOfStudies"] = Lookup("Read/ParticipantsOfStudies", new Dictionary<string, object?> { ["studyId"] = "k", ["groupId"] = "g1", ["count"] = 20, ["note"] = "20 providers" },
            async s => L(await s.ParticipantsOfStudiesAsync(["k"], Ct)), new Participation("k", "g1", 20, "20 providers")),
        ["Read/FindingsOfStudies"] = Lookup("Read/FindingsOfStudies", FindingMap, async s => L(await s.FindingsOfStudiesAsync(["k"], new FindingFilter("t0", "g1"), Ct)), Finding,
            """{"themeId":"t0","perspectiveId":"g1","ids":["k"]}"""),
        ["Read/ThemesOfStudies"] = Lookup("Read/ThemesOfStudies", ThemeMap, async s => L(await s.ThemesOfStudiesAsync(["k"], Ct)), Theme),
        ["Read/RelatedStudies"] = Lookup("Read/RelatedStudies", new Dictionary<string, object?> { ["studyId"] = "s2", ["similarity"] = 0.5, ["sharedThemeIds"] = new[] { "t1", "t2" } },
            async s => L(await s.RelatedStudiesAsync(["k"], 3, Ct)), new RelatedStudy("s2", ["t1", "t2"], 0.5), """{"first":3,"ids":["k"]}"""),
        ["Read/ChildrenOfThemes"] = Lookup("Read/ChildrenOfThemes", ThemeMap, async s => L(await s.ChildrenOfThemesAsync(["k"], Ct)), Theme),
        ["Read/FindingsOfThemes"] = Lookup("Read/FindingsOfThemes", FindingMap, async s => L(await s.FindingsOfThemesAsync(["k"], "g1", true, Ct)), Finding,
            """{"perspectiveId":"g1","includeDescendants":true,"ids":["k"]}"""),
        ["Read/StudiesOfThemes"] = Lookup("Read/StudiesOfThemes", StudyMap, async s => L(await s.StudiesOfThemesAsync(["k"], Ct)), Study),
        ["Read/StudyCountsOfThemes"] = new(s => s.Answer("Read/StudyCountsOfThemes", ["k", 4]), async s => await s.StudyCountsOfThemesAsync(["k"], Ct), """{"ids":["k"]}""",
            new Dictionary<string, int> { ["k"] = 4 }),
        ["Read/PerspectivesOfThemes"] = Lookup("Read/PerspectivesOfThemes", new Dictionary<string, object?> { ["groupId"] = "g1", ["studyCount"] = 4, ["findingCount"] = 5 },
            async s => L(await s.PerspectivesOfThemesAsync(["k"], Ct)), new GroupCount("g1", 4, 5)),
        ["Read/StudiesSamplingGroups"] = Lookup("Read/StudiesSamplingGroups", StudyMap, async s => L(await s.StudiesSamplingGroupsAsync(["k"], Ct)), Study),
        ["Read/FindingsFromGroups"] = Lookup("Read/FindingsFromGroups", FindingMap, async s => L(await s.FindingsFromGroupsAsync(["k"], "t0", Ct)), Finding, """{"themeId":"t0","ids":["k"]}"""),
        ["Read/ThemesOfGroups"] = Lookup("Read/ThemesOfGroups", ThemeMap, async s => L(await s.ThemesOfGroupsAsync(["k"], Ct)), Theme),
        ["Read/StudiesOfJournals"] = Lookup("Read/StudiesOfJournals", StudyMap, async s => L(await s.StudiesOfJournalsAsync(["k"], Ct)), Study),
        ["Read/StudiesOfAuthors"] = Lookup("Read/StudiesOfAuthors", StudyMap, async s => L(await s.StudiesOfAuthorsAsync(["k"], Ct)), Study),
        ["Read/StudiesOfMethods"] = Lookup("Read/StudiesOfMethods", StudyMap, async s => L(await s.StudiesOfMethodsAsync(["k"], Ct)), Study),
        ["Read/StudiesOfSettings"] = Lookup("Read/StudiesOfSettings", StudyMap, async s => L(await s.StudiesOfSettingsAsync(["k"], Ct)), Study),

        ["Read/IsEmpty"] = new(s => s.Answer("Read/IsEmpty", [true]), async s => await s.IsEmptyAsync(Ct), "{}", true),
        ["Read/Ping"] = new(s => s.Answer("Read/Ping", [1]), async s => await s.IsReadyAsync(Ct), "{}", true),
        ["Read/Stats"] = new(s => s.Answer("Read/Stats", [5, 28, 31, 5, 5, 2, 175]), async s => await s.StatsAsync(Ct), "{}", new GraphStatistics(5, 28, 31, 5, 5, 2, 175)),
        ["Read/SearchIndex"] = new(s => s.Answer("Read/SearchIndex", ["Theme", "vicarious-trauma", 2.5, new[] { "Vicarious trauma", "Secondary stress" }]),
            async s => await s.SearchAsync("Vicarious traum", 5, Ct), """{"query":"\u002Bvicarious \u002B(traum^2 traum*)","first":5}""",
            new[] { new SearchResult(new NodeRef(NodeKind.Theme, "vicarious-trauma"), 2.5, "Vicarious trauma") }),
        ["Read/EvidenceCells"] = new(s => s.Answer("Read/GetThemes", [new Dictionary<string, object?> { ["id"] = "t1", ["name"] = "T" }]).Answer("Read/GetGroups", [new Dictionary<string, object?> { ["id"] = "g1", ["name"] = "G" }])
                .Answer("Read/EvidenceCells", ["t1", "g1", 2, 3]), async s => (await s.EvidenceMapAsync(["t1"], ["g1"], Ct)).Cells,
            """{"themeIds":["t1"],"groupIds":["g1"]}""", new[] { new EvidenceCellResult("t1", "g1", 2, 3) }),
        ["Read/StudiesOfEvidenceCells"] = new(s => s.Answer("Read/StudiesOfEvidenceCells", ["t1", "g1", StudyMap]),
            async s => (await s.StudiesOfEvidenceCellsAsync([new EvidenceCellKey("t1", "g1")], Ct)).ToDictionary(g => g.Key.ToString(), g => g.ToList()),
            """{"cells":[{"themeId":"t1","groupId":"g1"}]}""", new Dictionary<string, Study[]> { [new EvidenceCellKey("t1", "g1").ToString()] = [Study] }),
        ["Read/ThemeCooccurrence"] = new(s => s.Answer("Read/ThemeCooccurrence", ["t1", "t2", 2, 0.4]), async s => await s.ThemeCooccurrenceAsync(2, 3, Ct),
            """{"minShared":2,"first":3}""", new[] { new ThemePairResult("t1", "t2", 2, 0.4) }),
        ["Read/SharedStudiesOfThemePairs"] = new(s => s.Answer("Read/SharedStudiesOfThemePairs", ["t1", "t2", StudyMap]),
            async s => (await s.SharedStudiesOfThemePairsAsync([new ThemePairKey("t1", "t2")], Ct)).ToDictionary(g => g.Key.ToString(), g => g.ToList()),
            """{"pairs":[{"themeA":"t1","themeB":"t2"}]}""", new Dictionary<string, Study[]> { [new ThemePairKey("t1", "t2").ToString()] = [Study] }),
        ["Read/NodeExists"] = new(s => s.Answer("Read/NodeExists", [false]), async s => await s.PathsAsync(new NodeRef(NodeKind.Author, "a1"), new NodeRef(NodeKind.Theme, "t1"), 4, 2, Ct),
            """{"id":"a1","label":"Author"}""", Array.Empty<GraphPathResult>()),
        ["Read/ShortestPaths"] = new(s => s.Answer("Read/NodeExists", [true]).Answer("Read/NodeExists", [true])
                .Answer("Read/ShortestPaths", new object?[] { new object[] { new[] { "Author", "a1" }, new[] { "Study", "s1" } }, new object[] { new[] { "Author", "a1", "AUTHORED", "Study", "s1" } } }),
            async s => await s.PathsAsync(new NodeRef(NodeKind.Author, "a1"), new NodeRef(NodeKind.Study, "s1"), 4, 2, Ct),
            """{"fromId":"a1","fromLabel":"Author","toId":"s1","toLabel":"Study","maxHops":4,"first":2}""",
            new[] { new GraphPathResult([new NodeRef(NodeKind.Author, "a1"), new NodeRef(NodeKind.Study, "s1")], [new PathStepResult(new NodeRef(NodeKind.Author, "a1"), new NodeRef(NodeKind.Study, "s1"), "AUTHORED")]) }),
        ["Read/StudyIdsMatchingText"] = new(s => s.Answer("Read/StudyIdsMatchingText", new object?[] { new[] { "s1" } }).Answer("Read/StudiesPageYearDesc", [StudyMap]),
            async s => (await s.QueryStudiesAsync(new StudyQuery(new StudyFilter(Text: "Peer work")), Ct)).Items.Select(i => i.Study.Id), """{"query":"\u002Bpeer \u002Bwork"}""", new[] { "s1" }),
        ["Read/CountStudies"] = new(s => s.Answer("Read/CountStudies", [7L]).Answer("Read/StudiesPageYearDesc", [StudyMap]),
            async s => (await s.QueryStudiesAsync(new StudyQuery(new StudyFilter(YearFrom: 2000, Doi: "10.1/X"), IncludeTotalCount: true), Ct)).TotalCount,
            """{"textIds":null,"yearFrom":2000,"yearTo":null,"themeIds":null,"participantGroupIds":null,"perspectiveIds":null,"methodIds":null,"journalId":null,"doi":"10.1/x"}""", 7),
        ["Read/StudiesPageYearDesc"] = Page(StudyOrder.YearDesc, "Read/StudiesPageYearDesc", """ "afterNumber":2021,"afterText":null""", new StudyCursor(StudyOrder.YearDesc, 2021, null, "s0")),
        ["Read/StudiesPageYearAsc"] = Page(StudyOrder.YearAsc, "Read/StudiesPageYearAsc", """ "afterNumber":2021,"afterText":null""", new StudyCursor(StudyOrder.YearAsc, 2021, null, "s0")),
        ["Read/StudiesPageTitleAsc"] = Page(StudyOrder.TitleAsc, "Read/StudiesPageTitleAsc", """ "afterNumber":null,"afterText":"a title" """.TrimEnd(), new StudyCursor(StudyOrder.TitleAsc, null, "a title", "s0")),
        ["Read/StudiesPageCitationsDesc"] = Page(StudyOrder.CitationsDesc, "Read/StudiesPageCitationsDesc", """ "afterNumber":21,"afterText":null""", new StudyCursor(StudyOrder.CitationsDesc, 21, null, "s0")),
    };

    /// <summary>A page after a cursor: the cursor's values are sent, one more row than asked for is requested, and each study comes with its cursor.</summary>
    private static Case Page(StudyOrder order, string statement, string cursorParameters, StudyCursor after) =>
        new(s => s.Answer(statement, [StudyMap], [StudyMap]),
            async s => (await s.QueryStudiesAsync(new StudyQuery(StudyFilter.None, order, 1, after), Ct)) is var page
                ? new { page.HasNextPage, Items = page.Items.Select(i => new { i.Study.Id, i.Cursor }) } : null,
            "{\"textIds\":null,\"yearFrom\":null,\"yearTo\":null,\"themeIds\":null,\"participantGroupIds\":null,\"perspectiveIds\":null,\"methodIds\":null,\"journalId\":null,\"doi\":null,\"afterId\":\"s0\"," + cursorParameters.Trim() + ",\"limit\":2}",
            new
            {
                HasNextPage = true,
                Items = new[] { new { Id = "s1", Cursor = order switch
                {
                    StudyOrder.TitleAsc => new StudyCursor(order, null, "peer work", "s1"),
                    StudyOrder.CitationsDesc => new StudyCursor(order, 21, null, "s1"),
                    _ => new StudyCursor(order, 2021, null, "s1"),
                } } },
            });

    public static TheoryData<string> ReadStatements => [.. CypherStatements.Names("Read").Select(n => n.Replace('.', '/'))];

    [Theory]
    [MemberData(nameof(ReadStatements))]
    public async Task Each_read_statement_is_sent_its_parameters_and_its_columns_map_to_the_result(string statement)
    {
        Assert.True(Cases.TryGetValue(statement, out var @case), $"{statement}.cypher has no case here: add one");
        var server = new CypherStubServer();
        @case.Arrange(server);
        var store = new Neo4jGraphStore(new Neo4jQueryClient(new HttpClient(server), new Neo4jOptions { Uri = new Uri("http://neo4j.test:7474"), MaxRetries = 0 }));

        var result = await @case.Act(store);

        var run = server.Ran.Last(r => r.Statement == statement);
        // Every $parameter of every statement the call ran is sent (Neo4j refuses a statement missing one); the values are the call's.
        Assert.All(server.Ran, r => Assert.Empty(CypherStubServer.Parameters(r.Statement).Except(r.Parameters.Select(p => p.Key))));
        Assert.Equal(JsonNode.Parse(@case.Parameters)!.ToJsonString(), run.Parameters.ToJsonString());
        Assert.Equal(JsonSerializer.Serialize(@case.Expected), JsonSerializer.Serialize(result));
    }

    [Fact]
    public void Every_case_names_a_statement_that_exists()
    {
        Assert.Empty(Cases.Keys.Except(ReadStatements.Select(r => (string)r.Data)));
    }
}
