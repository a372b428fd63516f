using System.Text.Json.Nodes;
using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Conformance;

/// <summary>
/// GraphQL spec §3.5.5 (ID), input coercion: "any string (such as "4") or integer (such as 4 or -4) input value should
/// be coerced to ID". So an integer in any ID position must answer exactly as the same digits sent as a string: an
/// error naming the argument, a null, or a stored record, never an internal error.
/// </summary>
public sealed class IdInputCoercionTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async ValueTask InitializeAsync() => _app = await TestApp.StartAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public static TheoryData<string> QueryPositions =>
    [
        "query($v: ID!) { node(id: $v) { id } }",
        "query($v: ID!) { nodes(ids: [$v, \"client\"]) { id } }",
        "query($v: ID!) { study(id: $v) { id } theme(id: $v) { id } stakeholderGroup(id: $v) { id } journal(id: $v) { id } author(id: $v) { id } }",
        "query($v: ID) { themes(parentId: $v) { id } }",
        "query($v: ID!) { evidenceMap(themeIds: [$v]) { gaps { theme { id } } } }",
        "query($v: [ID!]) { evidenceMap(groupIds: $v) { gaps { theme { id } } } }",
        "query($v: ID!) { paths(fromId: $v, toId: \"StakeholderGroup:client\") { length } }",
        "query($v: ID!) { studies(where: { themeIds: [$v] }) { totalCount } }",
        "query($v: [ID!]) { studies(where: { participantGroupIds: $v }) { totalCount } }",
        "query($v: ID!) { studies(where: { perspectiveIds: [$v], methodIds: [$v] }) { totalCount } }",
        "query($v: ID) { studies(where: { journalId: $v }) { totalCount } }",
        "query($v: ID) { study(id: \"intentional-differences-2021\") { findings(themeId: $v) { id } } }",
        "query($v: ID) { study(id: \"intentional-differences-2021\") { findings(perspectiveId: $v) { id } } }",
        "query($v: ID) { stakeholderGroup(id: \"client\") { findings(themeId: $v) { id } } }",
        "query($v: ID) { theme(id: \"role-clarity\") { findings(perspectiveId: $v) { id } } }",
    ];

    [Theory]
    [MemberData(nameof(QueryPositions))]
    public async Task An_integer_id_in_a_query_answers_as_the_same_digits_as_a_string(string query)
    {
        foreach (var number in new long[] { 7, -4, 9007199254740993 })
        {
            var asInteger = await _app.QueryAsync(query, Variables(query, number));
            var asString = await _app.QueryAsync(query, Variables(query, number.ToString(System.Globalization.CultureInfo.InvariantCulture)));

            Assert.DoesNotContain("INTERNAL_SERVER_ERROR", asInteger.ToJsonString(), StringComparison.Ordinal);
            Assert.Equal(asString.ToJsonString(), asInteger.ToJsonString());
        }
    }

    [Fact]
    public async Task Integer_ids_in_a_study_input_are_stored_as_their_digits()
    {
        const string upsert = """
            mutation($input: StudyInput!) { upsertStudy(input: $input) { study { id methods { id } settings { id } participants { group { id } }
              findings { id theme { id } perspectives { id } about { id } } } errors { field message code } } }
            """;
        await Upsert("mutation { upsertTheme(input: { id: 42, name: \"Forty-two\", parentId: 41 }) { errors { field code } } }", expectErrors: true);
        var parent = await Upsert("mutation { upsertTheme(input: { id: 41, name: \"Forty-one\" }) { theme { id } errors { field } } }");
        var child = await Upsert("mutation { upsertTheme(input: { id: 42, name: \"Forty-two\", parentId: 41 }) { theme { id parent { id } } errors { field } } }");
        var group = await _app.DataAsync("{ stakeholderGroup(id: \"client\") { id } }");

        var payload = (await _app.DataAsync(upsert, new
        {
            input = new
            {
                id = 2024,
                title = "Numbers for names",
                year = 2024,
                methodIds = new object[] { "interviews" },
                settings = new[] { new { id = 5, name = "Clinic five" } },
                participants = new[] { new { groupId = "client", count = 3 } },
                findings = new[] { new { id = "2024/numbers", themeId = 42, perspectiveIds = new object[] { "client" }, aboutIds = new object[] { "client" }, statement = "Numbers work." } },
                source = new { file = "numbers.txt" },
            },
        }, TestApp.ApiKey))["upsertStudy"]!;

        Assert.Equal("Theme:41", parent["upsertTheme"]!["theme"]!["id"]!.GetValue<string>());
        Assert.Equal("Theme:41", child["upsertTheme"]!["theme"]!["parent"]!["id"]!.GetValue<string>());
        Assert.Equal("StakeholderGroup:client", group["stakeholderGroup"]!["id"]!.GetValue<string>());
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        Assert.Equal("Study:2024", payload["study"]!["id"]!.GetValue<string>());
        Assert.Equal("Setting:5", payload["study"]!["settings"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("Finding:2024/numbers", payload["study"]!["findings"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("Theme:42", payload["study"]!["findings"]![0]!["theme"]!["id"]!.GetValue<string>());
        var deleted = await _app.DataAsync("mutation { deleteStudy(id: 2024) { deletedId } }", apiKey: TestApp.ApiKey);
        Assert.Equal("Study:2024", deleted["deleteStudy"]!["deletedId"]!.GetValue<string>());
    }

    private async Task<JsonNode> Upsert(string mutation, bool expectErrors = false)
    {
        var data = await _app.DataAsync(mutation, apiKey: TestApp.ApiKey);
        var errors = data["upsertTheme"]!["errors"]!.AsArray();
        Assert.True(expectErrors ? errors.Count > 0 : errors.Count == 0, data.ToJsonString());
        return data;
    }

    private static Dictionary<string, object> Variables(string query, object value) =>
        new() { ["v"] = query.Contains("$v: [ID!]", StringComparison.Ordinal) ? new[] { value } : value };
}
