using System.Text.Json.Nodes;
using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Contract;

/// <summary>
/// IDs in both forms: every ID argument and input takes the global ID or the bare slug; in filters an ID of another
/// type, a malformed one or an unknown one is a field error naming the argument, not an empty answer.
/// </summary>
public sealed class IdArgumentTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private TestApp App => fixture.App;

    private static List<string> Ids(JsonNode? nodes) => nodes!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Filters_take_bare_slugs_and_global_ids_alike()
    {
        var data = await App.DataAsync("""
            { slug: studies(where: { participantGroupIds: ["supervisor"], themeIds: ["lived-and-shared-experience"], methodIds: ["interviews"] }) { nodes { id } }
              global: studies(where: { participantGroupIds: ["StakeholderGroup:supervisor"], themeIds: ["Theme:lived-and-shared-experience"], methodIds: ["Method:interviews"] }) { nodes { id } }
              journalSlug: studies(where: { journalId: "community-mental-health-journal" }) { totalCount }
              journalGlobal: studies(where: { journalId: "Journal:community-mental-health-journal" }) { totalCount }
              kidsSlug: themes(parentId: "emotional-toll") { id }
              kidsGlobal: themes(parentId: "Theme:emotional-toll") { id }
              mapSlug: evidenceMap(themeIds: ["emotional-toll"], groupIds: ["peer-specialist"]) { cells { studyCount } }
              mapGlobal: evidenceMap(themeIds: ["Theme:emotional-toll"], groupIds: ["StakeholderGroup:peer-specialist"]) { cells { studyCount } }
              group: stakeholderGroup(id: "client") { slug: findings(themeId: "benefits-to-clients") { id } global: findings(themeId: "Theme:benefits-to-clients") { id } } }
            """);

        Assert.NotEmpty(Ids(data["slug"]!["nodes"]));
        Assert.Equal(Ids(data["global"]!["nodes"]), Ids(data["slug"]!["nodes"]));
        Assert.True(data["journalSlug"]!["totalCount"]!.GetValue<int>() > 0);
        Assert.Equal(data["journalGlobal"]!.ToJsonString(), data["journalSlug"]!.ToJsonString());
        Assert.NotEmpty(Ids(data["kidsSlug"]));
        Assert.Equal(Ids(data["kidsGlobal"]), Ids(data["kidsSlug"]));
        Assert.Equal(data["mapGlobal"]!.ToJsonString(), data["mapSlug"]!.ToJsonString());
        Assert.NotEmpty(Ids(data["group"]!["slug"]));
        Assert.Equal(Ids(data["group"]!["global"]), Ids(data["group"]!["slug"]));
    }

    [Theory]
    [InlineData("""studies(where: { participantGroupIds: ["client", "Theme:role-clarity"] }) { totalCount }""", "where.participantGroupIds[1]", "'Theme:role-clarity' is the ID of a Theme; expected a StakeholderGroup ID")]
    [InlineData("""studies(where: { participantGroupIds: ["supervisr"] }) { totalCount }""", "where.participantGroupIds[0]", "no StakeholderGroup with ID 'StakeholderGroup:supervisr'")]
    [InlineData("""studies(where: { themeIds: ["Nope:x"] }) { totalCount }""", "where.themeIds[0]", "'Nope:x' is not an ID; expected a Theme ID")]
    [InlineData("""studies(where: { journalId: "Journal:no-such-journal" }) { totalCount }""", "where.journalId", "no Journal with ID 'Journal:no-such-journal'")]
    [InlineData("""studies(where: { methodIds: ["Study:x"] }) { totalCount }""", "where.methodIds[0]", "is the ID of a Study; expected a Method ID")]
    [InlineData("""themes(parentId: "StakeholderGroup:client") { id }""", "parentId", "is the ID of a StakeholderGroup; expected a Theme ID")]
    [InlineData("""themes(parentId: "no-such-theme") { id }""", "parentId", "no Theme with ID 'Theme:no-such-theme'")]
    [InlineData("""evidenceMap(groupIds: ["client", "carers"]) { gaps { theme { id } } }""", "groupIds[1]", "no StakeholderGroup with ID 'StakeholderGroup:carers'")]
    [InlineData("""stakeholderGroup(id: "client") { findings(themeId: "no-such-theme") { id } }""", "themeId", "no Theme with ID 'Theme:no-such-theme'")]
    [InlineData("""theme(id: "role-clarity") { findings(perspectiveId: "Theme:role-clarity") { id } }""", "perspectiveId", "is the ID of a Theme; expected a StakeholderGroup ID")]
    [InlineData("""study(id: "intentional-differences-2021") { findings(perspectiveId: "nobody") { id } }""", "perspectiveId", "no StakeholderGroup with ID 'StakeholderGroup:nobody'")]
    public async Task An_unknown_id_or_one_of_another_type_in_a_filter_is_an_error_naming_the_argument(string field, string argument, string message)
    {
        var body = await App.QueryAsync($"{{ {field} }}");

        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal("BAD_USER_INPUT", error["extensions"]!["code"]!.GetValue<string>());
        Assert.StartsWith($"Argument '{argument}': ", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(message, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Single_record_fields_keep_answering_null_for_an_id_of_another_type()
    {
        var data = await App.DataAsync("""{ study(id: "Theme:role-clarity") { id } theme(id: "Theme:role-clarity") { id } }""");

        Assert.Null(data["study"]);
        Assert.Equal("Theme:role-clarity", data["theme"]!["id"]!.GetValue<string>());
    }
}
