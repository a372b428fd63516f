using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Contract;

/// <summary>Curation over HTTP: API keys, user errors with input paths, and nothing stored when anything is wrong.</summary>
public sealed class MutationContractTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await TestApp.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private const string NewStudy = """
        mutation($input: StudyInput!) { upsertStudy(input: $input) { study { id title findings { id theme { id } } } errors { field message code } } }
        """;

    private static object Input(string themeId = "role-ambiguity", string group = "supervisor", string? doi = "10.5555/new.1") => new
    {
        input = new
        {
            id = "new-study-2024",
            title = "A new study",
            year = 2024,
            doi,
            journal = new { name = "Journal of Tests", issn = new[] { "1111-2222" } },
            authors = new[] { "Ada Lovelace" },
            methodIds = new[] { "interviews" },
            participants = new[] { new { groupId = group, count = 12 } },
            findings = new[] { new { id = "new-study-2024/unclear", themeId, perspectiveIds = new[] { group }, statement = "Roles were unclear." } },
            source = new { file = "new.txt" },
        },
    };

    private async Task<int> StudyCount() => (await _app.DataAsync("{ stats { studies } }"))["stats"]!["studies"]!.GetValue<int>();

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Without_a_valid_api_key_a_mutation_fails_unauthenticated_and_changes_nothing(string? key)
    {
        var body = await _app.QueryAsync(NewStudy, Input(), key);

        Assert.Equal("UNAUTHENTICATED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(["upsertStudy"], body["errors"]![0]!["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Equal(5, await StudyCount());
    }

    [Fact]
    public async Task A_valid_study_is_stored_with_its_findings()
    {
        var payload = (await _app.DataAsync(NewStudy, Input(), TestApp.ApiKey))["upsertStudy"]!;

        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal("Study:new-study-2024", payload["study"]!["id"]!.GetValue<string>());
        Assert.Equal("Theme:role-ambiguity", payload["study"]!["findings"]![0]!["theme"]!["id"]!.GetValue<string>());
        Assert.Equal(6, await StudyCount());
        var supervisors = await _app.DataAsync("""{ studies(where: { participantGroupIds: ["StakeholderGroup:supervisor"] }) { totalCount } }""");
        Assert.Equal(3, supervisors["studies"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_replaced_study_is_seen_at_once_by_its_payload_and_the_next_requests_though_it_was_read_before()
    {
        const string Read = """{ study(id: "new-study-2024") { findings { theme { id } } themes { id } participants { group { id } } } studies(first: 1, where: { participantGroupIds: ["StakeholderGroup:client"] }) { totalCount } }""";
        await _app.DataAsync(NewStudy, Input(), TestApp.ApiKey);
        var before = await _app.DataAsync(Read); // kept by the service's cache from here on
        var clientsBefore = before["studies"]!["totalCount"]!.GetValue<int>();

        var payload = (await _app.DataAsync(NewStudy, Input(themeId: "empathic-presence", group: "client"), TestApp.ApiKey))["upsertStudy"]!;
        var after = await _app.DataAsync(Read);

        Assert.Equal("Theme:empathic-presence", payload["study"]!["findings"]![0]!["theme"]!["id"]!.GetValue<string>());
        Assert.Equal("""{"findings":[{"theme":{"id":"Theme:role-ambiguity"}}],"themes":[{"id":"Theme:role-ambiguity"}],"participants":[{"group":{"id":"StakeholderGroup:supervisor"}}]}""",
            before["study"]!.ToJsonString());
        Assert.Equal("""{"findings":[{"theme":{"id":"Theme:empathic-presence"}}],"themes":[{"id":"Theme:empathic-presence"}],"participants":[{"group":{"id":"StakeholderGroup:client"}}]}""",
            after["study"]!.ToJsonString());
        Assert.Equal(clientsBefore + 1, after["studies"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_study_detail_page_read_before_a_write_of_its_study_shows_the_write_at_the_next_read()
    {
        // The benchmark's query (b), whose parts the service keeps per study.
        const string Page = """
            query StudyDeep($id: ID!) { study(id: $id) { id title year findings { id statement theme { name parent { name } } perspectives { name } } authors { name } relatedStudies { similarity study { title } } } }
            """;
        await _app.DataAsync(NewStudy, Input(), TestApp.ApiKey);
        var before = (await _app.DataAsync(Page, new { id = "Study:new-study-2024" }))["study"]!;
        var again = (await _app.DataAsync(Page, new { id = "Study:new-study-2024" }))["study"]!;

        await _app.DataAsync(NewStudy, Input(themeId: "empathic-presence", group: "client"), TestApp.ApiKey);
        var after = (await _app.DataAsync(Page, new { id = "Study:new-study-2024" }))["study"]!;

        Assert.Equal(before.ToJsonString(), again.ToJsonString());
        Assert.Equal("""[{"name":"Ada Lovelace"}]""", after["authors"]!.ToJsonString());
        Assert.Equal("""[{"name":"Supervisor"}]""", before["findings"]![0]!["perspectives"]!.ToJsonString());
        Assert.Equal("""[{"name":"Client"}]""", after["findings"]![0]!["perspectives"]!.ToJsonString());
        Assert.NotEqual(before["findings"]![0]!["theme"]!.ToJsonString(), after["findings"]![0]!["theme"]!.ToJsonString());
        Assert.NotEqual(before["relatedStudies"]!.ToJsonString(), after["relatedStudies"]!.ToJsonString());
    }

    [Fact]
    public async Task Invalid_input_comes_back_as_user_errors_at_the_input_path_and_nothing_is_stored()
    {
        var payload = (await _app.DataAsync(NewStudy, Input(themeId: "role-clarty", group: "carers", doi: "nope"), TestApp.ApiKey))["upsertStudy"]!;

        Assert.Null(payload["study"]);
        var errors = payload["errors"]!.AsArray().Select(e => (string.Join("/", e!["field"]!.AsArray().Select(f => f!.GetValue<string>())), e["code"]!.GetValue<string>())).ToList();
        Assert.Contains(("input/findings/0/themeId", "NOT_FOUND"), errors);
        Assert.Contains(("input/participants/0/groupId", "NOT_FOUND"), errors);
        Assert.Contains(("input/findings/0/perspectiveIds/0", "NOT_FOUND"), errors);
        Assert.Contains(("input/doi", "INVALID"), errors);
        Assert.Equal(5, await StudyCount());
    }

    [Fact]
    public async Task A_doi_of_another_study_is_a_conflict()
    {
        var payload = (await _app.DataAsync(NewStudy, Input(doi: "10.1007/s10597-021-00807-8"), TestApp.ApiKey))["upsertStudy"]!;

        Assert.Equal("CONFLICT", payload["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(5, await StudyCount());
    }

    [Fact]
    public async Task Deleting_a_study_removes_it_and_its_findings_and_an_unknown_id_is_not_found()
    {
        var deleted = (await _app.DataAsync("""mutation { deleteStudy(id: "Study:pushing-patience-persistence-2014") { deletedId errors { code } } }""", apiKey: TestApp.ApiKey))["deleteStudy"]!;
        var again = (await _app.DataAsync("""mutation { deleteStudy(id: "pushing-patience-persistence-2014") { deletedId errors { field code } } }""", apiKey: TestApp.ApiKey))["deleteStudy"]!;

        Assert.Equal("Study:pushing-patience-persistence-2014", deleted["deletedId"]!.GetValue<string>());
        Assert.Equal("""{"deletedId":null,"errors":[{"field":["id"],"code":"NOT_FOUND"}]}""", again.ToJsonString());
        Assert.Equal(4, await StudyCount());
        Assert.Null((await _app.DataAsync("""{ node(id: "Finding:pushing-patience-persistence-2014/building-on-strengths") { id } }"""))["node"]);
    }

    [Fact]
    public async Task Upserting_a_theme_adds_it_under_its_parent_and_refuses_a_cycle()
    {
        const string Mutation = "mutation($input: ThemeInput!) { upsertTheme(input: $input) { theme { id parent { id } } errors { field code message } } }";

        var added = (await _app.DataAsync(Mutation, new { input = new { id = "peer-burnout", name = "Burnout", parentId = "emotional-toll" } }, TestApp.ApiKey))["upsertTheme"]!;
        var cycle = (await _app.DataAsync(Mutation, new { input = new { id = "emotional-toll", name = "Emotional toll", parentId = "peer-burnout" } }, TestApp.ApiKey))["upsertTheme"]!;

        Assert.Equal("""{"theme":{"id":"Theme:peer-burnout","parent":{"id":"Theme:emotional-toll"}},"errors":[]}""", added.ToJsonString());
        Assert.Equal("CONFLICT", cycle["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal(["input", "parentId"], cycle["errors"]![0]!["field"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Null((await _app.DataAsync("""{ theme(id: "emotional-toll") { parent { id } } }"""))["theme"]!["parent"]);
    }
}
