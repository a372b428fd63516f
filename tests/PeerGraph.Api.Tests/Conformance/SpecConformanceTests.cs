using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Conformance;

/// <summary>The GraphQL.NET differences fixed in SpecConformance, each named after the spec section it restores.</summary>
public sealed class SpecConformanceTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private async Task<string?> FirstErrorCode(string query, object? variables = null) =>
        (await fixture.App.QueryAsync(query, variables))["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    [Fact]
    public async Task Spec_5_8_5_a_Boolean_variable_in_an_ID_position_is_rejected()
    {
        Assert.Equal("VARIABLES_IN_ALLOWED_POSITION", await FirstErrorCode("query($w: Boolean!) { study(id: $w) { id } }", new { w = true }));
    }

    [Fact]
    public async Task Spec_5_8_5_a_nullable_variable_with_a_default_may_fill_a_non_null_argument()
    {
        Assert.Null(await FirstErrorCode("""query($t: String = "peer") { search(text: $t) { score } }"""));
    }

    [Fact]
    public async Task Spec_5_1_1_type_system_definitions_in_a_request_are_rejected()
    {
        var body = await fixture.App.QueryAsync("type X { a: Int } { stats { studies } }");

        Assert.Equal("EXECUTABLE_DEFINITIONS", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(1, body["errors"]![0]!["locations"]![0]!["column"]!.GetValue<int>());
    }

    [Fact]
    public async Task Spec_4_introspection_has_isRepeatable_and_includeDeprecated_on_args_and_input_fields()
    {
        var data = await fixture.App.DataAsync("""
            { __schema { directives { name isRepeatable } }
              __type(name: "StudyInput") { inputFields(includeDeprecated: true) { name isDeprecated } } }
            """);

        Assert.Contains(data["__schema"]!["directives"]!.AsArray(), d => d!["name"]!.GetValue<string>() == "skip" && !d["isRepeatable"]!.GetValue<bool>());
        Assert.NotEmpty(data["__type"]!["inputFields"]!.AsArray());
    }

    /// <summary>Every error of the response as "CODE@line:column ..." (all locations of each error), in order.</summary>
    private async Task<List<string>> Errors(string query, object? variables = null)
    {
        var body = await fixture.App.QueryAsync(query, variables);
        return (body["errors"]?.AsArray() ?? []).Select(e => e!["extensions"]!["code"]!.GetValue<string>() + "@" +
            string.Join(" ", e["locations"]!.AsArray().Select(l => $"{l!["line"]}:{l["column"]}"))).ToList();
    }

    [Fact]
    public async Task Spec_5_3_3_a_selection_on_a_scalar_is_one_error_at_the_selection_not_one_per_field_inside()
    {
        Assert.Equal(["SCALAR_LEAFS@1:19"], await Errors("{ stats { studies { x } } }"));
        Assert.Equal(["SCALAR_LEAFS@1:18"], await Errors("{ methods { kind { x } } }"));
        Assert.Equal(["SCALAR_LEAFS@1:19", "FRAGMENTS_ON_COMPOSITE_TYPES@1:28"], await Errors("{ stats { studies { ... on Int { x } } } }"));
    }

    [Fact]
    public async Task Spec_5_5_1_3_a_fragment_on_a_scalar_enum_or_input_type_is_one_error_at_its_type_condition()
    {
        Assert.Equal(["FRAGMENTS_ON_COMPOSITE_TYPES@1:34"], await Errors("{ stats { ...F } } fragment F on Int { x }"));
        Assert.Equal(["FRAGMENTS_ON_COMPOSITE_TYPES@1:34"], await Errors("{ stats { ...F } } fragment F on MethodKind { x }"));
        Assert.Equal(["FRAGMENTS_ON_COMPOSITE_TYPES@1:34"], await Errors("{ stats { ...F } } fragment F on StudyFilter { text }"));
    }

    [Fact]
    public async Task Spec_5_3_1_and_5_5_2_3_still_report_unknown_fields_and_impossible_spreads_on_composite_types()
    {
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE@1:11"], await Errors("{ stats { nope } }"));
        Assert.Equal(["POSSIBLE_FRAGMENT_SPREADS@1:11"], await Errors("{ stats { ...S } } fragment S on Study { title }"));
        Assert.Equal(["POSSIBLE_FRAGMENT_SPREADS@1:11"], await Errors("{ stats { ... on Study { title } } }"));
    }

    [Fact]
    public async Task Spec_5_5_2_1_an_unknown_fragment_is_reported_at_its_name()
    {
        var body = await fixture.App.QueryAsync("{ stats { ...Missing } }");

        Assert.Equal(["KNOWN_FRAGMENT_NAMES@1:14"], await Errors("{ stats { ...Missing } }"));
        Assert.Equal("Unknown fragment 'Missing'.", body["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Spec_5_5_1_1_fragments_sharing_a_name_are_one_error_at_both_names_and_neither_is_unused()
    {
        Assert.Equal(["UNIQUE_FRAGMENT_NAMES@1:29 1:66"],
            await Errors("{ stats { ...F } } fragment F on GraphStats { studies } fragment F on GraphStats { themes }"));
    }

    [Fact]
    public async Task Spec_5_5_1_4_a_fragment_no_operation_spreads_is_unused_even_when_spread_by_another_unused_one()
    {
        Assert.Equal(["NO_UNUSED_FRAGMENTS@1:23"], await Errors("{ stats { studies } } fragment F on GraphStats { themes }"));
        Assert.Equal(["NO_UNUSED_FRAGMENTS@1:23", "NO_UNUSED_FRAGMENTS@1:57"],
            await Errors("{ stats { studies } } fragment F on GraphStats { ...G } fragment G on GraphStats { themes }"));
        Assert.Empty(await Errors("{ stats { ...F } } fragment F on GraphStats { ...G } fragment G on GraphStats { themes }"));
    }

    [Fact]
    public async Task Spec_5_8_1_duplicate_variables_are_reported_at_their_names()
    {
        Assert.Equal(["UNIQUE_VARIABLE_NAMES@1:8 1:17"], await Errors("query($a: ID!, $a: ID!) { study(id: $a) { id } }", new { a = "x" }));
    }

    [Fact]
    public async Task Spec_5_8_2_a_variable_of_an_output_type_is_reported_at_its_type()
    {
        var body = await fixture.App.QueryAsync("query($a: [Study!]) { stats { studies } }");

        Assert.Equal(["VARIABLES_ARE_INPUT_TYPES@1:11", "NO_UNUSED_VARIABLES@1:7"], await Errors("query($a: [Study!]) { stats { studies } }"));
        Assert.Equal("Variable '$a' cannot be non-input type '[Study!]'.", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(["KNOWN_TYPE_NAMES@1:11", "NO_UNUSED_VARIABLES@1:7"], await Errors("query($a: Nope) { stats { studies } }"));
    }

    [Fact]
    public async Task Spec_5_8_5_a_nullable_variable_may_not_be_an_item_of_a_list_of_non_null_items()
    {
        Assert.Equal(["VARIABLES_IN_ALLOWED_POSITION@1:7 1:29"], await Errors("query($a: ID) { nodes(ids: [$a]) { id } }", new { a = "Study:x" }));
        Assert.Equal(["VARIABLES_IN_ALLOWED_POSITION@1:7 1:85"],
            await Errors("query($a: ID) { studies(where: { themeIds: [\"t\"] }) { totalCount } nodes(ids: [\"b\", $a]) { id } }", new { a = "Study:x" }));
        Assert.Empty(await Errors("query($a: ID!) { nodes(ids: [$a]) { id } }", new { a = "Study:x" }));
        Assert.Equal(["VARIABLES_IN_ALLOWED_POSITION@1:7 1:45"], await Errors("query($a: ID) { studies(where: { themeIds: [$a] }) { totalCount } }", new { a = "Theme:role-clarity" }));
        Assert.Empty(await Errors("query($a: ID!) { studies(where: { themeIds: [$a] }) { totalCount } }", new { a = "Theme:role-clarity" }));
        Assert.Empty(await Errors("query($a: [ID!]) { studies(where: { themeIds: $a }) { totalCount } }", new { a = new[] { "Theme:role-clarity" } }));
    }

    [Fact]
    public async Task Spec_4_2_1_specifiedByURL_is_introspectable_and_null_for_built_in_scalars()
    {
        var data = await fixture.App.DataAsync("""{ __type(name: "ID") { specifiedByURL } __schema { directives { name locations args { name } } } }""");

        Assert.Null(data["__type"]!["specifiedByURL"]);
        var specifiedBy = Assert.Single(data["__schema"]!["directives"]!.AsArray(), d => d!["name"]!.GetValue<string>() == "specifiedBy")!;
        Assert.Equal("SCALAR", Assert.Single(specifiedBy["locations"]!.AsArray())!.GetValue<string>());
        Assert.Equal("url", Assert.Single(specifiedBy["args"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Equal(["DIRECTIVES_IN_ALLOWED_LOCATIONS@1:9"], await Errors("""{ stats @specifiedBy(url: "x") { studies } }"""));
    }

    private async Task<List<string>> Messages(string query) =>
        ((await fixture.App.QueryAsync(query))["errors"]?.AsArray() ?? []).Select(e => e!["message"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Spec_5_6_1_a_wrong_literal_is_reported_at_the_innermost_wrong_value_not_at_the_argument()
    {
        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE@1:31"], await Errors("{ studies(where: { themeIds: [1.5] }) { totalCount } }"));
        Assert.Equal(["Expected value of type 'ID', found 1.5."], await Messages("{ studies(where: { themeIds: [1.5] }) { totalCount } }"));
        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE@1:20"], await Errors("""{ nodes(ids: ["a", null]) { id } }"""));
        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE@1:15"], await Errors("""{ nodes(ids: [["a"]]) { id } }"""));
        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE@1:19"], await Errors("""{ stats @skip(if: "yes") { studies } }"""));
        Assert.Equal(["Expected value of type 'ID!', found null."], await Messages("{ study(id: null) { id } }"));
        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE@1:13"], await Errors("{ study(id: null) { id } }"));
    }

    [Fact]
    public async Task Spec_5_6_1_enum_values_are_names_of_the_enum_not_strings()
    {
        Assert.Equal(["Value 'NEWEST' does not exist in 'StudyOrder' enum."], await Messages("{ studies(orderBy: NEWEST) { totalCount } }"));
        Assert.Equal(["Enum 'StudyOrder' cannot represent non-enum value: \"YEAR_DESC\"."], await Messages("""{ studies(orderBy: "YEAR_DESC") { totalCount } }"""));
    }

    [Fact]
    public async Task Spec_5_6_2_an_unknown_input_field_is_reported_at_the_field_beside_a_wrong_known_one()
    {
        const string Query = """{ studies(where: { nope: 1, yearFrom: "x" }) { totalCount } }""";

        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE@1:20", "ARGUMENTS_OF_CORRECT_TYPE@1:39"], await Errors(Query));
        Assert.Equal("Field 'nope' is not defined by type 'StudyFilter'.", (await Messages(Query))[0]);
    }

    [Fact]
    public async Task Spec_5_6_3_a_repeated_input_field_is_one_error_at_both_names()
    {
        Assert.Equal(["UNIQUE_INPUT_FIELD_NAMES@1:20 1:33"], await Errors("{ studies(where: { yearFrom: 1, yearFrom: 2 }) { totalCount } }"));
    }

    [Fact]
    public async Task Spec_5_6_4_a_missing_required_input_field_is_reported_at_the_object_that_lacks_it()
    {
        const string Query = """mutation { upsertStudy(input: { id: "x", title: "t", source: {} }) { errors { message } } }""";

        Assert.Equal(["ARGUMENTS_OF_CORRECT_TYPE@1:62"], await Errors(Query));
        Assert.Equal(["Field 'SourceInput.file' of required type 'String!' was not provided."], await Messages(Query));
    }

    [Fact]
    public async Task Spec_5_6_literals_that_coerce_stay_valid()
    {
        Assert.Empty(await Errors("{ study(id: 5) { id } }"));
        Assert.Empty(await Errors("""{ nodes(ids: "Study:x") { id } }"""));
        Assert.Empty(await Errors("{ studies(after: null, where: null, orderBy: TITLE_ASC) { totalCount } }"));
        Assert.Empty(await Errors("query($y: Int) { studies(where: { yearFrom: $y, themeIds: [\"Theme:role-clarity\"] }) { totalCount } }", new { y = 2010 }));
    }
}
