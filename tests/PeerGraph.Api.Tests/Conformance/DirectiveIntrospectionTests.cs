using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Conformance;

/// <summary>__Directive as the spec has it (section 4.2.1, "The __Directive Type"), deprecated fields included.</summary>
public sealed class DirectiveIntrospectionTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    [Fact]
    public async Task Spec_4_2_1_Directive_has_exactly_the_spec_fields_and_no_legacy_onOperation_onFragment_onField()
    {
        var data = await fixture.App.DataAsync("""{ __type(name: "__Directive") { fields(includeDeprecated: true) { name type { kind ofType { name } } } } }""");

        var fields = data["__type"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["name", "description", "isRepeatable", "locations", "args"], fields.OrderBy(f => f switch
        {
            "name" => 0, "description" => 1, "isRepeatable" => 2, "locations" => 3, _ => 4,
        }).ToList());
        var isRepeatable = data["__type"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "isRepeatable")!;
        Assert.Equal(("NON_NULL", "Boolean"), (isRepeatable["type"]!["kind"]!.GetValue<string>(), isRepeatable["type"]!["ofType"]!["name"]!.GetValue<string>()));
    }
}
