using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Http;

/// <summary>
/// The limits on one request hold whatever the request's variables are and whether its document was seen before
/// (issue 14, "Limits that can be walked around").
/// </summary>
public sealed class RequestLimitsTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Nested(string field, int levels, string leaf = "id") =>
        string.Concat(Enumerable.Repeat($"{field} {{ ", levels)) + leaf + new string('}', levels);

    private async Task<(HttpStatusCode Status, JsonNode? Body)> PostAsync(string query, object? variables = null, string? operationName = null)
    {
        using var response = await fixture.App.Client.PostAsJsonAsync("/graphql", new { query, variables, operationName }, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    private static string FirstMessage(JsonNode? body) => body?["errors"]?[0]?["message"]?.GetValue<string>() ?? "(no error)";

    [Fact]
    public async Task A_skipped_deep_branch_passes_but_the_same_cached_document_with_it_included_is_refused()
    {
        var query = "query($skip: Boolean!) { stats { studies } theme(id: \"role-clarity\") @skip(if: $skip) { " + Nested("children", 20) + " } }";

        var skipped = await PostAsync(query, new { skip = true });
        var included = await PostAsync(query, new { skip = false });

        Assert.NotNull(skipped.Body!["data"]!["stats"]);
        Assert.Null(included.Body!["data"]);
        Assert.Contains("maximum allowed on this endpoint is 15", FirstMessage(included.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_included_fragment_is_held_to_the_depth_limit_on_the_second_request_too()
    {
        var query = "query($on: Boolean!) { stats { studies } ...Deep @include(if: $on) } fragment Deep on Query { theme(id: \"role-clarity\") { " + Nested("children", 20) + " } }";

        var off = await PostAsync(query, new { on = false });
        var on = await PostAsync(query, new { on = true });

        Assert.NotNull(off.Body!["data"]!["stats"]);
        Assert.Contains("maximum allowed on this endpoint is 15", FirstMessage(on.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_size_in_a_variable_is_held_to_the_complexity_limit_on_the_second_request_too()
    {
        var query = "query($n: Int!) { studies(first: $n) { nodes { findings { about { name } } } } }";

        var small = await PostAsync(query, new { n = 1 });
        var large = await PostAsync(query, new { n = 1_000_000 });

        Assert.Null(small.Body!["errors"]);
        Assert.Contains("too complex", FirstMessage(large.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_without_variables_past_the_depth_limit_is_refused_every_time()
    {
        var query = "{ stats { studies } theme(id: \"role-clarity\") { " + Nested("children", 20) + " } }";

        var first = await PostAsync(query);
        var second = await PostAsync(query);

        Assert.Contains("maximum allowed on this endpoint is 15", FirstMessage(first.Body), StringComparison.Ordinal);
        Assert.Contains("maximum allowed on this endpoint is 15", FirstMessage(second.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operation_without_variables_run_before_does_not_let_its_documents_other_operation_skip_the_limits()
    {
        // Operation A declares no variables, so once it has passed, its document runs no rules for A; B's variables
        // still decide B's depth on every request.
        var query = "query A { stats { studies } } query B($skip: Boolean!) { theme(id: \"role-clarity\") @skip(if: $skip) { " + Nested("children", 20) + " } }";

        var a = await PostAsync(query, operationName: "A");
        var aAgain = await PostAsync(query, operationName: "A");
        var bSkipped = await PostAsync(query, new { skip = true }, "B");
        var bIncluded = await PostAsync(query, new { skip = false }, "B");

        Assert.NotNull(a.Body!["data"]!["stats"]);
        Assert.NotNull(aAgain.Body!["data"]!["stats"]);
        Assert.Null(bSkipped.Body!["errors"]);
        Assert.Contains("maximum allowed on this endpoint is 15", FirstMessage(bIncluded.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_study_page_whose_variable_the_limits_never_read_skips_them_and_a_page_size_variable_does_not()
    {
        var page = "query($id: ID!) { study(id: $id) { title relatedStudies { study { title } } } }";
        var sized = "query($n: Int!) { study(id: \"peer-support-workers-role-2015\") { relatedStudies(first: $n) { similarity } } }";

        foreach (var id in new[] { "Study:a", "Study:b" })
        {
            Assert.Null((await PostAsync(page, new { id })).Body!["errors"]);
        }
        Assert.Null((await PostAsync(sized, new { n = 3 })).Body!["errors"]);

        var cache = fixture.App.Services.GetRequiredService<PeerGraph.Api.Execution.DocumentCache>();
        Assert.True(cache.Get(page, null)!.LimitsIndependentOfVariables);
        Assert.False(cache.Get(sized, null)!.LimitsIndependentOfVariables);
    }

    [Fact]
    public async Task Cache_keys_of_document_and_operation_name_do_not_collide()
    {
        var named = await PostAsync("query\n{ stats { studies } }");
        var other = await PostAsync("{ stats { studies } }", operationName: "query");

        Assert.NotNull(named.Body!["data"]!["stats"]);
        Assert.Null(other.Body!["data"]);
        Assert.Contains("query", FirstMessage(other.Body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(62)]
    [InlineData(70)]
    [InlineData(500)]
    public async Task A_document_nested_past_the_parser_limit_is_a_graphql_error_naming_the_limit_over_post(int levels)
    {
        var (status, body) = await PostAsync("{ " + Nested("a", levels) + " }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual("INTERNAL_SERVER_ERROR", body!["errors"]![0]!["extensions"]?["code"]?.GetValue<string>());
        Assert.Contains("nest", FirstMessage(body), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_document_nested_past_the_parser_limit_is_a_graphql_error_over_get()
    {
        using var response = await fixture.App.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ " + Nested("a", 80) + " }"), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);

        Assert.True((int)response.StatusCode < 500, $"HTTP {(int)response.StatusCode}: {text}");
        Assert.Contains("nest", FirstMessage(JsonNode.Parse(text)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_list_literal_nested_130_deep_is_a_graphql_error()
    {
        var list = new string('[', 130) + "\"x\"" + new string(']', 130);

        var (status, body) = await PostAsync("{ studies(where: { participantGroupIds: " + list + " }) { totalCount } }");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual("INTERNAL_SERVER_ERROR", body!["errors"]![0]!["extensions"]?["code"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("{ stakeholderG\roups { name ")]
    [InlineData("{ stats {\r studies }\r\r nope( }")]
    public async Task A_syntax_error_after_a_lone_carriage_return_is_a_syntax_error_with_its_line(string query)
    {
        var (status, body) = await PostAsync(query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("SYNTAX_ERROR", body!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.True(body["errors"]![0]!["locations"]![0]!["line"]!.GetValue<int>() > 1);
    }

    [Fact]
    public async Task A_document_selecting_more_fields_than_the_limit_is_refused_before_validation()
    {
        var (status, body) = await PostAsync("{ " + string.Concat(Enumerable.Repeat("stats { studies } ", 300)) + "}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("TOO_MANY_FIELDS", body!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("PeerGraph:GraphQL:MaxFields", FirstMessage(body), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"query":"{ stats { studies } }","variables":{"id":1,"id":2}}""", "variables.id")]
    [InlineData("""{"query":"{ stats { studies } }","variables":{"a":[{"b":1,"b":2}]}}""", "variables.a[0].b")]
    [InlineData("""{"query":"{ stats { studies } }","extensions":{"x":1,"x":1}}""", "extensions.x")]
    public async Task A_key_given_twice_in_variables_or_extensions_is_a_400_naming_it(string json, string path)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await fixture.App.Client.PostAsync("/graphql", content, Ct);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(path, FirstMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_nested_deeper_than_json_allows_are_a_400()
    {
        var deep = new string('[', 2000) + new string(']', 2000);
        using var content = new StringContent("{\"query\":\"{ stats { studies } }\",\"variables\":{\"a\":" + deep + "}}", Encoding.UTF8, "application/json");

        using var response = await fixture.App.Client.PostAsync("/graphql", content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
