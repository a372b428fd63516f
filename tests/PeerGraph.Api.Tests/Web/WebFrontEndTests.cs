using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using PeerGraph.Api.Tests.Support;
using PeerGraph.Api.Web;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Web;

/// <summary>How the API serves the web front end: GraphiQL only to browsers, the SDL, the explorer's routes, cache headers.</summary>
public sealed partial class WebFrontEndTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private static bool Built => File.Exists(Path.Combine(AppContext.BaseDirectory, "web", "index.html"));

    private async Task<HttpResponseMessage> GetAsync(string path, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        return await fixture.App.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData(BrowserAccept, true)]
    [InlineData("text/html", true)]
    [InlineData("application/xhtml+xml", true)]
    [InlineData("*/*", false)]
    [InlineData("application/json", false)]
    [InlineData("application/graphql-response+json", false)]
    [InlineData("text/html;q=0.5, application/json", false)]
    [InlineData("text/html, application/graphql-response+json", false)]
    [InlineData("application/json;q=0.5, text/html", true)]
    [InlineData("text/*", false)]
    [InlineData("", false)]
    public void A_GET_is_answered_with_a_page_only_when_the_browser_prefers_HTML_explicitly(string accept, bool html) =>
        Assert.Equal(html, HtmlNegotiation.PrefersHtml(accept.Length == 0 ? [] : [accept]));

    [Fact]
    public async Task Browsers_get_GraphiQL_at_GET_graphql()
    {
        Assert.SkipUnless(Built, "the web front end was not built (no Node.js at build time)");
        using var response = await GetAsync("/graphql", BrowserAccept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("<title>PeerGraph GraphiQL</title>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("*/*", "application/json")]
    [InlineData(null, "application/json")]
    public async Task Clients_still_get_GraphQL_from_GET_graphql_with_a_query(string? accept, string mediaType)
    {
        using var response = await GetAsync("/graphql?query=" + Uri.EscapeDataString("{ stats { studies } }"), accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"data":{"stats":{"studies":5}}}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_GET_without_a_query_from_a_client_reaches_the_GraphQL_endpoint_unchanged()
    {
        using var response = await GetAsync("/graphql", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("errors", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_SDL_is_served_as_embedded_which_is_the_contract()
    {
        using var response = await GetAsync("/graphql/schema.graphql");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var sdl = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "src", "PeerGraph.Api", "GraphQL", "schema.graphql"), TestContext.Current.CancellationToken), sdl);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/studies/pushing-patience-persistence-2014")]
    [InlineData("/themes/role-clarity")]
    [InlineData("/groups/client")]
    [InlineData("/map")]
    [InlineData("/graph")]
    [InlineData("/network")]
    [InlineData("/paths")]
    [InlineData("/search")]
    public async Task Each_explorer_route_answers_with_the_page_revalidated_every_time(string path)
    {
        Assert.SkipUnless(Built, "the web front end was not built (no Node.js at build time)");
        using var response = await GetAsync(path, BrowserAccept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/studies")]
    [InlineData("/health")]
    public async Task Other_paths_are_not_swallowed_by_the_explorer(string path)
    {
        using var response = await GetAsync(path, BrowserAccept);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Health_and_the_neo4j_style_keep_their_answers()
    {
        using var live = await GetAsync("/health/live", BrowserAccept);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var style = await GetAsync("/neo4j/style.grass", BrowserAccept);
        Assert.Contains("node.Study", await style.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hashed_assets_are_cached_for_a_year_as_immutable()
    {
        Assert.SkipUnless(Built, "the web front end was not built (no Node.js at build time)");
        var index = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "web", "index.html"), TestContext.Current.CancellationToken);
        var script = ScriptSource().Match(index).Groups[1].Value;
        using var response = await GetAsync(script);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Contains("immutable", response.Headers.CacheControl?.Extensions.Select(e => e.Name) ?? []);
    }

    [GeneratedRegex("src=\"(/assets/[^\"]+\\.js)\"")]
    private static partial Regex ScriptSource();
}
