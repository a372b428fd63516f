using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Conformance;

/// <summary>
/// GraphQL spec 6.1: the document is validated, then the operation selected (SpecOrderDocumentExecuter). A request
/// that stops at either step is not executed: 400 under application/graphql-response+json (GraphQL over HTTP 6.4.2).
/// </summary>
public sealed class OperationSelectionTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private const string TwoNamedOperations = "query A { stats { studies } } query B { stats { themes } }";

    private async Task<(HttpStatusCode Status, JsonNode Body)> PostAsync(string query, string? operationName = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, operationName }) };
        request.Headers.Accept.ParseAdd(accept);
        using var response = await fixture.App.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!);
    }

    private static List<string> Errors(JsonNode body) =>
        (body["errors"]?.AsArray() ?? []).Select(e => e!["extensions"]!["code"]!.GetValue<string>() + "@" +
            string.Join(" ", (e["locations"]?.AsArray() ?? []).Select(l => $"{l!["line"]}:{l["column"]}"))).ToList();

    [Theory]
    [InlineData("{ stats { studies } } query B { stats { themes } }", "LONE_ANONYMOUS_OPERATION@1:1")]
    [InlineData("{ stats { studies } } { stats { themes } }", "LONE_ANONYMOUS_OPERATION@1:1|LONE_ANONYMOUS_OPERATION@1:23")]
    [InlineData("query A { stats { studies } } query A { stats { themes } }", "UNIQUE_OPERATION_NAMES@1:7 1:37")]
    [InlineData("scalar Date", "EXECUTABLE_DEFINITIONS@1:1")]
    public async Task Spec_5_2_and_5_1_1_a_document_whose_operation_cannot_be_selected_is_first_validated(string query, string expected)
    {
        var (status, body) = await PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(expected.Split('|'), Errors(body));
        Assert.Null(body["data"]);
    }

    [Theory]
    [InlineData("", "SYNTAX_ERROR@1:1")]
    [InlineData("  # nothing but a comment\n", "SYNTAX_ERROR@2:1")]
    public async Task Spec_2_2_a_document_without_definitions_is_a_syntax_error_at_its_end(string query, string expected)
    {
        var (status, body) = await PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([expected], Errors(body));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(query, accept: "application/json")).Status);
    }

    [Fact]
    public async Task Spec_6_1_a_valid_document_runs_the_named_operation_and_fails_without_a_name_or_with_an_unknown_one()
    {
        for (var round = 0; round < 2; round++) // the second round finds the document in the document cache
        {
            var (okStatus, ok) = await PostAsync(TwoNamedOperations, "B");
            Assert.Equal(HttpStatusCode.OK, okStatus);
            Assert.NotNull(ok["data"]!["stats"]!["themes"]);
            Assert.Null(ok["data"]!["stats"]!["studies"]);

            var (missingStatus, missing) = await PostAsync(TwoNamedOperations);
            Assert.Equal(HttpStatusCode.BadRequest, missingStatus);
            Assert.Equal(["NO_OPERATION_NAME@"], Errors(missing));
            Assert.Null(missing["data"]);

            var (unknownStatus, unknown) = await PostAsync(TwoNamedOperations, "C");
            Assert.Equal(HttpStatusCode.BadRequest, unknownStatus);
            Assert.Equal(["INVALID_OPERATION_NAME@"], Errors(unknown));
            Assert.Equal("Document does not contain an operation named 'C'.", unknown["errors"]![0]!["message"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Spec_6_1_an_invalid_document_reports_its_validation_errors_not_the_missing_operation_name()
    {
        var (_, body) = await PostAsync("query A { stats { nope } } query B { stats { themes } }");

        Assert.Equal(["FIELDS_ON_CORRECT_TYPE@1:19"], Errors(body));
    }

    [Fact]
    public async Task Spec_6_2_an_operation_type_the_schema_has_no_root_for_is_refused_at_the_operation_not_an_internal_error()
    {
        var (status, body) = await PostAsync("subscription S { stats { studies } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["OPERATION_TYPE_NOT_SUPPORTED@1:1"], Errors(body));
        Assert.Equal("Schema is not configured to execute subscription operation.", body["errors"]![0]!["message"]!.GetValue<string>());
    }
}
