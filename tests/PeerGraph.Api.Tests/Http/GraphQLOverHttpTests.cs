using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Http;

/// <summary>The endpoint against the GraphQL-over-HTTP spec (graphql.github.io/graphql-over-http), by section.</summary>
public sealed class GraphQLOverHttpTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private HttpClient Client => fixture.App.Client;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string? MediaType, JsonNode? Body, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, string url, string? body = null, string? contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        var response = await Client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, text.Length > 0 ? JsonNode.Parse(text) : null, response);
    }

    [Fact]
    public async Task Post_json_executes_the_query()
    {
        var (status, mediaType, body, _) = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { studies } }"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", mediaType);
        Assert.Equal(5, body!["data"]!["stats"]!["studies"]!.GetValue<int>());
    }

    [Fact]
    public async Task Get_with_query_variables_and_operation_name_executes()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query A($id: ID!) { study(id: $id) { id } } query B { stats { studies } }")
            + "&operationName=A&variables=" + Uri.EscapeDataString("""{"id":"pushing-patience-persistence-2014"}""");

        var (status, _, body, _) = await SendAsync(HttpMethod.Get, url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Study:pushing-patience-persistence-2014", body!["data"]!["study"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_of_a_mutation_is_405_with_allow_post()
    {
        var (status, _, _, response) = await SendAsync(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("""mutation { deleteStudy(id: "x") { deletedId } }"""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("""{"variables":{}}""", "'query' string")]
    [InlineData("""{"query":42}""", "'query' string")]
    [InlineData("""{"query":"{ stats { studies } }","variables":[1]}""", "'variables' must be a JSON object")]
    [InlineData("""{"query":"{ stats { studies } }","operationName":7}""", "'operationName' must be a string")]
    [InlineData("[]", "JSON object")]
    public async Task Malformed_requests_are_400_with_a_graphql_error_body(string body, string message)
    {
        var (status, _, json, _) = await SendAsync(HttpMethod.Post, "/graphql", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, json!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData(null)]
    public async Task Unsupported_request_media_types_are_415(string? contentType)
    {
        var (status, _, _, _) = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { studies } }"}""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
    }

    [Theory]
    [InlineData("APPLICATION/JSON")]
    [InlineData("Application/Json;Charset=UTF-8")]
    [InlineData("application/json")]
    public async Task The_json_media_type_is_read_whatever_its_case_and_with_a_utf8_charset(string contentType)
    {
        var (status, _, body, _) = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { studies } }"}""", contentType);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(body!["data"]!["stats"]);
    }

    [Fact]
    public async Task Accepting_graphql_response_json_gets_it_and_a_validation_failure_is_400()
    {
        var ok = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { studies } }"}""", accept: "application/graphql-response+json");
        var invalid = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { nope } }"}""", accept: "application/graphql-response+json");

        Assert.Equal((HttpStatusCode.OK, "application/graphql-response+json"), (ok.Status, ok.MediaType));
        Assert.Equal((HttpStatusCode.BadRequest, "application/graphql-response+json"), (invalid.Status, invalid.MediaType));
        Assert.NotNull(invalid.Body!["errors"]![0]!["locations"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/json")]
    public async Task Legacy_clients_get_application_json_and_200_even_for_validation_errors(string? accept)
    {
        var (status, mediaType, body, _) = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { nope } }"}""", accept: accept);

        Assert.Equal((HttpStatusCode.OK, "application/json"), (status, mediaType));
        Assert.NotNull(body!["errors"]);
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task An_unacceptable_accept_header_is_406()
    {
        var (status, _, _, _) = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ stats { studies } }"}""", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, status);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413()
    {
        var huge = """{"query":"{ stats { studies } }","variables":{"pad":""" + "\"" + new string('x', (1 << 20) + 10) + "\"}}";

        var (status, _, _, _) = await SendAsync(HttpMethod.Post, "/graphql", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    [Fact]
    public async Task Too_deep_a_document_is_refused_with_the_limit()
    {
        var deep = "{ theme(id: \"role-clarity\") " + string.Concat(Enumerable.Repeat("{ children ", 16)) + "{ id }" + new string('}', 16) + " }";

        var body = await fixture.App.QueryAsync(deep);

        Assert.Contains("maximum allowed on this endpoint is 15", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_document_is_held_to_the_depth_limit_for_each_operation_it_runs()
    {
        var deep = "query Deep { theme(id: \"role-clarity\") " + string.Concat(Enumerable.Repeat("{ children ", 16)) + "{ id }" + new string('}', 16) + " }";
        var document = "query Shallow { stats { studies } } " + deep;

        var shallow = await PostAsync(document, "Shallow");
        var deeper = await PostAsync(document, "Deep");
        var shallowAgain = await PostAsync(document, "Shallow");

        Assert.NotNull(shallow["data"]!["stats"]);
        Assert.Null(deeper["data"]);
        Assert.Contains("maximum allowed on this endpoint is 15", deeper["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(shallowAgain["data"]!["stats"]);
    }

    private async Task<JsonNode> PostAsync(string query, string operationName)
    {
        using var response = await fixture.App.Client.PostAsJsonAsync("/graphql", new { query, operationName }, TestContext.Current.CancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
    }

    [Fact]
    public async Task Too_many_aliases_are_refused_with_the_limit()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 101).Select(i => $"a{i}: stats {{ studies }}")) + " }";

        var body = await fixture.App.QueryAsync(query);

        Assert.Equal("TOO_MANY_ALIASES", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("100 aliases", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cached_document_answers_the_same_as_the_first_time_with_other_variables()
    {
        const string Query = "query($id: ID!) { study(id: $id) { id } }";

        var a = await fixture.App.DataAsync(Query, new { id = "intentional-differences-2021" });
        var b = await fixture.App.DataAsync(Query, new { id = "what-we-have-in-common-2019" });
        var bad = await fixture.App.QueryAsync(Query, new { id = 5.5 });

        Assert.Equal("Study:intentional-differences-2021", a["study"]!["id"]!.GetValue<string>());
        Assert.Equal("Study:what-we-have-in-common-2019", b["study"]!["id"]!.GetValue<string>());
        Assert.NotNull(bad["errors"]);
    }

    [Fact]
    public async Task Health_endpoints_answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/health/live", Ct)).StatusCode);
        var ready = await Client.GetAsync("/health/ready", Ct);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_neo4j_browser_style_is_served_for_every_label()
    {
        var style = await Client.GetStringAsync("/neo4j/style.grass", Ct);

        foreach (var label in new[] { "Study", "Finding", "Theme", "StakeholderGroup", "Journal", "Author", "Method", "Setting" })
        {
            Assert.Contains($"node.{label} {{", style, StringComparison.Ordinal);
        }
    }
}
