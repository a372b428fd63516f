using GraphQLParser.AST;
using PeerGraph.Api.Execution;

namespace PeerGraph.Api.Tests.Execution;

/// <summary>
/// When a cached document may skip the depth and complexity limits on later requests: only when no variable can change
/// what they find. RequestLimitsTests holds the refusals end to end; these hold the analysis to each place a variable
/// can reach the limits.
/// </summary>
public sealed class LimitsOverVariablesTests
{
    private static bool Independent(string query, string? operationName = null)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>()
            .Single(o => operationName is null || o.Name?.StringValue == operationName);
        return LimitsOverVariables.AreIndependent(document, operation);
    }

    [Theory]
    [InlineData("{ stats { studies } }")]
    [InlineData("query($id: ID!) { study(id: $id) { title findings { id } relatedStudies { study { title } } } }")]
    [InlineData("query($text: String!) { search(text: $text, first: 10) { score } }")]
    [InlineData("query($text: String!) { studies(where: { text: $text }, first: 20) { nodes { title } } }")]
    [InlineData("query($year: Int) { studies(where: { yearFrom: $year }) { nodes { title } } }")]
    [InlineData("query($id: ID!) { ...F } fragment F on Query { study(id: $id) { title } }")]
    public void A_variable_where_the_limits_do_not_look_leaves_them_independent(string query)
    {
        Assert.True(Independent(query));
    }

    [Theory]
    [InlineData("query($n: Int!) { studies(first: $n) { nodes { title } } }")]
    [InlineData("query($n: Int = 5) { study(id: \"s\") { relatedStudies(first: $n) { similarity } } }")]
    [InlineData("query($n: Int!) { studies(last: $n) { nodes { title } } }")]
    [InlineData("query($on: Boolean!) { stats @include(if: $on) { studies } }")]
    [InlineData("query($off: Boolean!) { study(id: \"s\") { findings @skip(if: $off) { id } } }")]
    [InlineData("query($on: Boolean!) { ...F @include(if: $on) } fragment F on Query { stats { studies } }")]
    [InlineData("query($on: Boolean!) { ... @include(if: $on) { stats { studies } } }")]
    [InlineData("query($on: Boolean!) { ...F } fragment F on Query { stats @include(if: $on) { studies } }")]
    [InlineData("query($n: Int!) { ...F } fragment F on Query { studies(first: $n) { nodes { title } } }")]
    public void A_variable_in_a_directive_or_a_page_size_makes_them_depend_on_the_request(string query)
    {
        Assert.False(Independent(query));
    }

    [Fact]
    public void An_id_that_a_request_may_leave_out_makes_them_depend_on_it_and_a_required_one_does_not()
    {
        // GraphQL.NET counts a list field given an id as one item: present or not is what matters.
        Assert.False(Independent("query($id: ID) { themes(id: $id) { name } }"));
        Assert.True(Independent("query($id: ID!) { themes(id: $id) { name } }"));
        Assert.True(Independent("query($id: ID) { themes(id: [$id]) { name } }"));
    }

    [Fact]
    public void Only_the_operation_run_and_the_documents_fragments_count()
    {
        const string query = "query A($on: Boolean!) { stats @include(if: $on) { studies } } query B($id: ID!) { study(id: $id) { title } }";

        Assert.False(Independent(query, "A"));
        Assert.True(Independent(query, "B"));
    }

    [Fact]
    public void No_field_of_the_schema_has_its_own_complexity_delegate_so_the_arguments_the_default_reads_are_all_there_are()
    {
        // GraphQL.NET uses a field's own delegate before the default one; the analysis knows only the default's reads.
        var schema = PeerGraph.Api.GraphQL.PeerGraphSchema.Create();
        schema.Initialize();
        var fields = schema.AllTypes.OfType<global::GraphQL.Types.IComplexGraphType>().SelectMany(t => t.Fields.Select(f => $"{t.Name}.{f.Name}"));
        var withOwn = schema.AllTypes.OfType<global::GraphQL.Types.IComplexGraphType>()
            .SelectMany(t => t.Fields.Where(f => global::GraphQL.ComplexityAnalayzerMetadataExtensions.GetComplexityImpactDelegate(f) is not null)
                .Select(f => $"{t.Name}.{f.Name}"));

        Assert.Contains("Query.study", fields);
        // GraphQL.NET's own, on introspection: they count the schema's types and directives and read no argument
        // (GraphQL.NET 8.8.5, Introspection/__Schema.cs).
        Assert.Equal(["__Schema.directives", "__Schema.types"], withOwn.Order(StringComparer.Ordinal));
    }
}
