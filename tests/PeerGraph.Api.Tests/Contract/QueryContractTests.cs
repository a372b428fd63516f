using System.Text.Json.Nodes;
using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Contract;

/// <summary>
/// Every Query field of the contract over HTTP, on the curated seed, with the values the seed fixes. Abstract over the
/// store: SQLite here, Neo4j in <see cref="Neo4jQueryContractTests"/> (when a Neo4j is configured).
/// </summary>
public abstract class QueryContractTests
{
    protected abstract TestApp App { get; }

    private static string[] Strings(JsonNode? array, string? property = null) =>
        array!.AsArray().Select(n => (property is null ? n : n![property])!.GetValue<string>()).ToArray();

    [Fact]
    public async Task Stats_count_the_curated_graph()
    {
        var stats = (await App.DataAsync("{ stats { studies themes findings stakeholderGroups authors journals relationships } }"))["stats"]!;

        Assert.Equal("""{"studies":5,"themes":28,"findings":31,"stakeholderGroups":5,"authors":5,"journals":2,"relationships":175}""", stats.ToJsonString());
    }

    [Fact]
    public async Task A_study_is_found_by_global_id_and_by_bare_slug_with_every_field()
    {
        const string Fields = """
            id title titleIsDerived abstract year publishedOn doi url journal { id name issn publisher } volume issue pages
            authors { id name } design methods { id name kind } dc: methods(kind: DATA_COLLECTION) { id } settings { id name }
            location dataCollectedFrom dataCollectedTo keywords citationCount participants { group { id } count note }
            findings { id } themes { id } source { file kind }
            """;
        var byGlobal = (await App.DataAsync($"{{ study(id: \"Study:intentional-differences-2021\") {{ {Fields} }} }}"))["study"]!;
        var bySlug = (await App.DataAsync($"{{ study(id: \"intentional-differences-2021\") {{ {Fields} }} }}"))["study"]!;

        Assert.Equal(byGlobal.ToJsonString(), bySlug.ToJsonString());
        Assert.Equal("Study:intentional-differences-2021", byGlobal["id"]!.GetValue<string>());
        Assert.Equal("2021-11-01", byGlobal["publishedOn"]!.GetValue<string>());
        Assert.Equal("10.1007/s10597-021-00807-8", byGlobal["doi"]!.GetValue<string>());
        Assert.Equal(["0010-3853", "1573-2789"], Strings(byGlobal["journal"]!["issn"]));
        Assert.Equal(("57", "8", "1435-1441"), (byGlobal["volume"]!.GetValue<string>(), byGlobal["issue"]!.GetValue<string>(), byGlobal["pages"]!.GetValue<string>()));
        Assert.Empty(byGlobal["authors"]!.AsArray());
        Assert.Equal(["Method:semi-structured-interviews", "Method:thematic-analysis"], Strings(byGlobal["methods"], "id"));
        Assert.Equal(["Method:semi-structured-interviews"], Strings(byGlobal["dc"], "id"));
        Assert.Equal("""[{"group":{"id":"StakeholderGroup:non-peer-provider"},"count":20,"note":"20 providers"}]""", byGlobal["participants"]!.ToJsonString());
        Assert.Equal(5, byGlobal["findings"]!.AsArray().Count);
        Assert.Equal("""{"file":"001_e1cb07ed7ee9172f.txt","kind":"library catalogue record"}""", byGlobal["source"]!.ToJsonString());
    }

    [Fact]
    public async Task A_derived_title_an_unknown_year_and_authors_in_source_order_come_through()
    {
        var data = await App.DataAsync("""
            { a: study(id: "peer-specialist-role-massachusetts") { titleIsDerived year journal { id } dataCollectedFrom dataCollectedTo location participants { count } }
              b: study(id: "pushing-patience-persistence-2014") { authors { name } citationCount url } }
            """);

        Assert.Equal("""{"titleIsDerived":true,"year":null,"journal":null,"dataCollectedFrom":"2009-09","dataCollectedTo":"2011-01","location":"Massachusetts","participants":[{"count":44},{"count":14},{"count":10}]}""",
            data["a"]!.ToJsonString());
        Assert.Equal(["Sarah N. Mourra", "W. Sledge", "Dave Sells", "M. Lawless", "L. Davidson"], Strings(data["b"]!["authors"], "name"));
        Assert.Equal(21, data["b"]!["citationCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Ids_of_another_type_or_malformed_give_null_not_an_error()
    {
        var data = await App.DataAsync("""
            { s: study(id: "Theme:role-clarity") { id } n1: node(id: "nonsense") { id } n2: node(id: "Study:no-such") { id }
              n3: node(id: "Theme:role-clarity") { id ... on Theme { name } }
              nodes(ids: ["Study:what-we-have-in-common-2019", "Bogus:x", "StakeholderGroup:client"]) { id } }
            """);

        Assert.Equal("""{"s":null,"n1":null,"n2":null,"n3":{"id":"Theme:role-clarity","name":"Role clarity"},"nodes":[{"id":"Study:what-we-have-in-common-2019"},null,{"id":"StakeholderGroup:client"}]}""",
            data.ToJsonString());
    }

    [Fact]
    public async Task Studies_filter_order_and_page_with_opaque_cursors()
    {
        var first = (await App.DataAsync("""{ studies(first: 2, orderBy: YEAR_ASC) { totalCount edges { cursor node { id year } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"""))["studies"]!;
        Assert.Equal(5, first["totalCount"]!.GetValue<int>());
        Assert.Equal(["Study:pushing-patience-persistence-2014", "Study:what-we-have-in-common-2019"], Strings(first["edges"]!.AsArray().Select(e => e!["node"]).ToJsonArray(), "id"));
        var end = first["pageInfo"]!["endCursor"]!.GetValue<string>();
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());

        var rest = (await App.DataAsync("query($a: String) { studies(first: 10, orderBy: YEAR_ASC, after: $a) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }", new { a = end }))["studies"]!;
        Assert.Equal(["Study:intentional-differences-2021", "Study:peer-specialist-role-massachusetts", "Study:peer-worker-diaries-residential-rehabilitation"], Strings(rest["nodes"], "id"));
        Assert.Equal("""{"hasNextPage":false,"hasPreviousPage":true}""", rest["pageInfo"]!.ToJsonString());
    }

    [Fact]
    public async Task Every_study_filter_applies_with_and_across_and_or_within()
    {
        var data = await App.DataAsync("""
            { supervisors: studies(where: { participantGroupIds: ["StakeholderGroup:supervisor"] }) { nodes { id } }
              clients: studies(where: { perspectiveIds: ["StakeholderGroup:client", "StakeholderGroup:family-member"] }) { nodes { id } }
              toll: studies(where: { themeIds: ["Theme:emotional-toll"] }) { nodes { id } }
              years: studies(where: { yearFrom: 2015, yearTo: 2020 }) { nodes { id } }
              text: studies(where: { text: "shared EXPERIENCE" }) { nodes { id } }
              journal: studies(where: { journalId: "Journal:community-mental-health-journal", yearFrom: 2020 }) { nodes { id } }
              doi: studies(where: { doi: "10.1080/15487768.2014.967601" }) { nodes { id } }
              methods: studies(where: { methodIds: ["Method:diaries", "Method:focus-groups"] }) { nodes { id } } }
            """);

        Assert.Equal(["Study:what-we-have-in-common-2019", "Study:peer-specialist-role-massachusetts"], Strings(data["supervisors"]!["nodes"], "id"));
        Assert.Equal(["Study:peer-specialist-role-massachusetts"], Strings(data["clients"]!["nodes"], "id"));
        Assert.Equal(["Study:pushing-patience-persistence-2014"], Strings(data["toll"]!["nodes"], "id"));
        Assert.Equal(["Study:what-we-have-in-common-2019"], Strings(data["years"]!["nodes"], "id"));
        Assert.Equal(["Study:what-we-have-in-common-2019", "Study:peer-specialist-role-massachusetts"], Strings(data["text"]!["nodes"], "id"));
        Assert.Equal(["Study:intentional-differences-2021"], Strings(data["journal"]!["nodes"], "id"));
        Assert.Equal(["Study:pushing-patience-persistence-2014"], Strings(data["doi"]!["nodes"], "id"));
        Assert.Equal(["Study:peer-specialist-role-massachusetts", "Study:peer-worker-diaries-residential-rehabilitation"], Strings(data["methods"]!["nodes"], "id"));
    }

    [Theory]
    [InlineData("studies(first: 101) { totalCount }", "first")]
    [InlineData("studies(first: -1) { totalCount }", "first")]
    [InlineData("studies(after: \"bm9wZQ\") { totalCount }", "after")]
    [InlineData("search(text: \"  \") { score }", "text")]
    [InlineData("search(text: \"peer\", first: 0) { score }", "first")]
    [InlineData("paths(fromId: \"Theme:role-clarity\", toId: \"Theme:role-ambiguity\", maxHops: 7) { length }", "maxHops")]
    public async Task Out_of_range_arguments_are_field_errors_naming_the_argument(string field, string argument)
    {
        var body = await App.QueryAsync($"{{ {field} }}");

        var error = body["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains($"'{argument}'", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(field[..field.IndexOf('(')], error["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_cursor_from_another_order_is_refused()
    {
        var end = (await App.DataAsync("{ studies(first: 1, orderBy: TITLE_ASC) { pageInfo { endCursor } } }"))["studies"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var body = await App.QueryAsync("query($a: String) { studies(after: $a) { totalCount } }", new { a = end });

        Assert.Contains("orderBy TITLE_ASC", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_returns_studies_findings_and_themes_best_first_with_snippets()
    {
        var hits = (await App.DataAsync("""{ search(text: "vicarious traum", first: 10) { score snippet node { __typename id } } }"""))["search"]!.AsArray();

        Assert.Contains(hits, h => h!["node"]!["id"]!.GetValue<string>() == "Theme:vicarious-trauma");
        Assert.Contains(hits, h => h!["node"]!["__typename"]!.GetValue<string>() == "Finding");
        Assert.Contains(hits, h => h!["node"]!["__typename"]!.GetValue<string>() == "Study");
        var scores = hits.Select(h => h!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(hits, h => Assert.Contains("vicarious", h!["snippet"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_evidence_map_rolls_up_subthemes_and_lists_the_gaps()
    {
        var map = (await App.DataAsync("""
            { evidenceMap { themes { id } groups { id } cells { theme { id } group { id } studyCount findingCount studies { id } }
                            gaps { theme { id } group { id } studyCount } } }
            """))["evidenceMap"]!;

        Assert.Equal(8, map["themes"]!.AsArray().Count);
        Assert.Equal(["StakeholderGroup:peer-specialist", "StakeholderGroup:supervisor", "StakeholderGroup:non-peer-provider", "StakeholderGroup:client", "StakeholderGroup:family-member"],
            Strings(map["groups"], "id"));
        Assert.Equal(40, map["cells"]!.AsArray().Count);
        var lived = map["cells"]!.AsArray().Single(c => c!["theme"]!["id"]!.GetValue<string>() == "Theme:lived-and-shared-experience" && c["group"]!["id"]!.GetValue<string>() == "StakeholderGroup:peer-specialist")!;
        // from peer specialists: lived-and-shared-experience (1 finding, 002) + implicit (000, 003) + explicit (000, 004): 5 findings in 4 studies
        Assert.Equal((4, 5), (lived["studyCount"]!.GetValue<int>(), lived["findingCount"]!.GetValue<int>()));
        Assert.Equal(4, lived["studies"]!.AsArray().Count);
        Assert.All(map["gaps"]!.AsArray(), g => Assert.Equal(0, g!["studyCount"]!.GetValue<int>()));
        Assert.Contains(map["gaps"]!.AsArray(), g => g!["group"]!["id"]!.GetValue<string>() == "StakeholderGroup:family-member");
        Assert.Equal(map["cells"]!.AsArray().Count(c => c!["studyCount"]!.GetValue<int>() == 0), map["gaps"]!.AsArray().Count);
    }

    [Fact]
    public async Task What_non_peer_providers_say_about_peer_specialists_comes_with_evidence()
    {
        var findings = (await App.DataAsync("""
            { stakeholderGroup(id: "non-peer-provider") { name synonyms findings { statement evidence about { id } study { id } theme { name parent { name } } } } }
            """))["stakeholderGroup"]!;

        Assert.Contains("clinical staff", Strings(findings["synonyms"]));
        var list = findings["findings"]!.AsArray();
        Assert.Equal(5, list.Count);
        Assert.All(list, f => Assert.Equal("Study:intentional-differences-2021", f!["study"]!["id"]!.GetValue<string>()));
        Assert.All(list, f => Assert.Contains("StakeholderGroup:peer-specialist", Strings(f!["about"], "id")));
        Assert.All(list, f => Assert.False(string.IsNullOrEmpty(f!["evidence"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Themes_list_roots_children_or_all_and_carry_their_counts()
    {
        var data = await App.DataAsync("""
            { roots: themes { id } all: themes(all: true) { id } kids: themes(parentId: "Theme:emotional-toll") { id parent { id } }
              theme(id: "Theme:lived-and-shared-experience") { studyCount studies { id } children { id } direct: findings { id } all: findings(includeDescendants: true) { id }
                fromClients: findings(perspectiveId: "StakeholderGroup:client") { id } perspectives { group { id } studyCount findingCount } } }
            """);

        Assert.Equal(8, data["roots"]!.AsArray().Count);
        Assert.Equal(28, data["all"]!.AsArray().Count);
        Assert.Equal(["Theme:self-worth-tied-to-outcomes", "Theme:vicarious-trauma"], Strings(data["kids"], "id"));
        var theme = data["theme"]!;
        Assert.Equal(4, theme["studyCount"]!.GetValue<int>());
        Assert.Equal(4, theme["studies"]!.AsArray().Count);
        Assert.Equal(2, theme["direct"]!.AsArray().Count);
        Assert.Equal(6, theme["all"]!.AsArray().Count);
        Assert.Single(theme["fromClients"]!.AsArray());
        Assert.Equal("""[{"group":{"id":"StakeholderGroup:peer-specialist"},"studyCount":4,"findingCount":5},{"group":{"id":"StakeholderGroup:client"},"studyCount":1,"findingCount":1}]""",
            theme["perspectives"]!.ToJsonString());
    }

    [Fact]
    public async Task Related_studies_cooccurrence_and_paths_answer_from_the_graph()
    {
        var data = await App.DataAsync("""
            { study(id: "peer-specialist-role-massachusetts") { relatedStudies(first: 2) { similarity study { id } sharedThemes { id } } }
              themeCooccurrence(first: 3) { a { id } b { id } count jaccard sharedStudies { id } }
              paths(fromId: "Author:l-davidson", toId: "Theme:vicarious-trauma", maxHops: 4) { length nodes { id } steps { from { id } to { id } type } }
              none: paths(fromId: "Author:l-davidson", toId: "Theme:vicarious-trauma", maxHops: 2) { length } }
            """);

        var related = data["study"]!["relatedStudies"]!.AsArray();
        Assert.Equal(2, related.Count);
        Assert.True(related[0]!["similarity"]!.GetValue<double>() >= related[1]!["similarity"]!.GetValue<double>());
        Assert.All(related, r => Assert.NotEmpty(r!["sharedThemes"]!.AsArray()));
        var pairs = data["themeCooccurrence"]!.AsArray();
        Assert.Equal(3, pairs.Count);
        Assert.All(pairs, p => Assert.Equal(p!["count"]!.GetValue<int>(), p["sharedStudies"]!.AsArray().Count));
        var path = data["paths"]![0]!;
        Assert.Equal(3, path["length"]!.GetValue<int>());
        Assert.Equal(["AUTHORED", "REPORTS", "ABOUT"], Strings(path["steps"], "type"));
        Assert.Equal("Author:l-davidson", path["nodes"]![0]!["id"]!.GetValue<string>());
        Assert.Empty(data["none"]!.AsArray());
    }

    [Fact]
    public async Task Journals_authors_methods_and_settings_list_and_link_their_studies()
    {
        var data = await App.DataAsync("""
            { journals { name studies { id } } authors { name } methods(kind: ANALYSIS) { id kind studies { id } } settings { id studies { id } }
              journal(id: "community-mental-health-journal") { publisher } author(id: "Author:sarah-n-mourra") { studies { id } } }
            """);

        Assert.Equal(["American journal of psychiatric rehabilitation", "Community Mental Health Journal"], Strings(data["journals"], "name"));
        Assert.Equal(2, data["journals"]![1]!["studies"]!.AsArray().Count);
        Assert.Equal(5, data["authors"]!.AsArray().Count);
        Assert.All(data["methods"]!.AsArray(), m => Assert.Equal("ANALYSIS", m!["kind"]!.GetValue<string>()));
        Assert.Equal(5, data["settings"]!.AsArray().Count);
        Assert.Equal("Springer US", data["journal"]!["publisher"]!.GetValue<string>());
        Assert.Equal(["Study:pushing-patience-persistence-2014"], Strings(data["author"]!["studies"], "id"));
    }
}

/// <summary>The query contract on the embedded SQLite store.</summary>
public sealed class SqliteQueryContractTests(SeededAppFixture fixture) : QueryContractTests, IClassFixture<SeededAppFixture>
{
    protected override TestApp App => fixture.App;
}

/// <summary>The query contract on Neo4j: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD), else every test is skipped with the reason.</summary>
public sealed class Neo4jQueryContractTests(Neo4jSeededAppFixture fixture) : QueryContractTests, IClassFixture<Neo4jSeededAppFixture>
{
    protected override TestApp App
    {
        get
        {
            if (fixture.App is null)
            {
                Assert.Skip("No Neo4j to test against: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to run the API contract on Neo4j.");
            }
            return fixture.App!;
        }
    }
}

internal static class JsonArrayExtensions
{
    public static JsonArray ToJsonArray(this IEnumerable<JsonNode?> nodes) => new(nodes.Select(n => n?.DeepClone()).ToArray());
}
