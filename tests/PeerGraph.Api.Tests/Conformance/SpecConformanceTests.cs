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
}
