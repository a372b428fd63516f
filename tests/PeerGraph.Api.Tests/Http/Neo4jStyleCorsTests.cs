using System.Net;
using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Http;

/// <summary>
/// Neo4j Browser (http://localhost:7474) fetches `:style http://localhost:5080/neo4j/style.grass` from its page, a
/// cross-origin request: the style route answers Browser's origins with CORS headers (Fetch standard, CORS protocol),
/// preflight included, and nobody else's.
/// </summary>
public sealed class Neo4jStyleCorsTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> GetStyleAsync(TestApp app, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/neo4j/style.grass");
        request.Headers.Add("Origin", origin);
        return await app.Client.SendAsync(request, Ct);
    }

    [Theory]
    [InlineData("http://localhost:7474")]
    [InlineData("http://127.0.0.1:7474")]
    public async Task Neo4j_Browser_origins_may_read_the_style(string origin)
    {
        using var response = await GetStyleAsync(fixture.App, origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(origin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("node.Study", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("http://localhost:7475")]
    [InlineData("https://localhost:7474")]
    public async Task Another_origin_gets_no_CORS_header(string origin)
    {
        using var response = await GetStyleAsync(fixture.App, origin);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_preflight_from_Neo4j_Browser_is_answered()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/neo4j/style.grass");
        request.Headers.Add("Origin", "http://localhost:7474");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await fixture.App.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("http://localhost:7474", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("GET", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_policy_covers_the_style_only()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("Origin", "http://localhost:7474");

        using var response = await fixture.App.Client.SendAsync(request, Ct);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Configured_origins_replace_the_defaults()
    {
        await using var app = await TestApp.StartAsync(null, null, "--Neo4jBrowser:Origins:0=http://graph.example:7474");

        using var configured = await GetStyleAsync(app, "http://graph.example:7474");
        using var localhost = await GetStyleAsync(app, "http://localhost:7474");

        Assert.Equal("http://graph.example:7474", Assert.Single(configured.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(localhost.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
