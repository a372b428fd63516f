using System.Diagnostics;
using System.Reflection;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PeerGraph.Api.Tests.Support;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Tests.Http;

/// <summary>Time, size and rate limits, CORS, OPTIONS and the introspection switch (issue 14), each on its own service.</summary>
public sealed class HttpHardeningTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(TestApp app, string query, string? apiKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (apiKey is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", apiKey);
        }
        var response = await app.Client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response, text.Length > 0 ? JsonNode.Parse(text) : null);
    }

    [Fact]
    public async Task A_request_over_the_time_limit_is_cancelled_down_to_the_store_and_answered_with_the_limit()
    {
        var store = new BlockingStats();
        await using var app = await TestApp.StartAsync(wrapStore: store.Wrap, settings: "--PeerGraph:GraphQL:RequestTimeout=00:00:00.5");
        var clock = Stopwatch.StartNew();

        var (response, body) = await PostAsync(app, "{ stats { studies } }");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("TIMEOUT", body!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("PeerGraph:GraphQL:RequestTimeout", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(await store.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5), Ct), "the store call's token was not cancelled");
    }

    [Fact]
    public async Task A_response_over_the_size_limit_is_replaced_whole_by_an_error_naming_the_limit()
    {
        await using var app = await TestApp.StartAsync(settings: "--PeerGraph:GraphQL:MaxResponseBytes=4096");

        var (response, body) = await PostAsync(app, "{ studies(first: 5) { nodes { title abstract findings { statement evidence } } } }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("RESPONSE_TOO_LARGE", body!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Contains("PeerGraph:GraphQL:MaxResponseBytes", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["data"]);
        Assert.Null(body["studies"]);
    }

    [Fact]
    public async Task Mutations_over_the_rate_limit_get_429_with_retry_after_and_queries_are_not_limited_by_default()
    {
        await using var app = await TestApp.StartAsync(settings: "--PeerGraph:RateLimit:Mutations:PermitLimit=2");
        const string Mutation = """mutation { deleteStudy(id: "no-such-study") { deletedId } }""";

        var first = await PostAsync(app, Mutation, TestApp.ApiKey);
        var second = await PostAsync(app, Mutation, TestApp.ApiKey);
        var third = await PostAsync(app, Mutation, TestApp.ApiKey);
        var queries = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PostAsync(app, "{ stats { studies } }")));

        Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.Response.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.Response.StatusCode);
        Assert.True(third.Response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After: " + third.Response.Headers.RetryAfter);
        Assert.Equal("RATE_LIMITED", third.Body!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.All(queries, q => Assert.Equal(HttpStatusCode.OK, q.Response.StatusCode));
    }

    [Fact]
    public async Task One_api_key_is_one_client_however_its_authorization_header_is_spelled()
    {
        await using var app = await TestApp.StartAsync(settings: "--PeerGraph:RateLimit:Mutations:PermitLimit=2");
        const string Mutation = """mutation { deleteStudy(id: "no-such-study") { deletedId } }""";
        var statuses = new List<HttpStatusCode>();
        foreach (var header in new[] { "Bearer " + TestApp.ApiKey, "bearer " + TestApp.ApiKey, "BEARER  " + TestApp.ApiKey, "Bearer " + TestApp.ApiKey + " " })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Mutation }) };
            request.Headers.TryAddWithoutValidation("Authorization", header);
            using var response = await app.Client.SendAsync(request, Ct);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Queries_are_rate_limited_per_client_when_configured()
    {
        await using var app = await TestApp.StartAsync(settings: ["--PeerGraph:RateLimit:Queries:PermitLimit=1", "--PeerGraph:RateLimit:Queries:Window=00:10:00"]);

        var anonymous = await PostAsync(app, "{ stats { studies } }");
        var anonymousAgain = await PostAsync(app, "{ stats { studies } }");
        var withKey = await PostAsync(app, "{ stats { studies } }", TestApp.ApiKey);

        Assert.Equal(HttpStatusCode.OK, anonymous.Response.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, anonymousAgain.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withKey.Response.StatusCode);
    }

    [Fact]
    public async Task Options_lists_only_the_methods_that_work_and_other_methods_get_405_with_the_same_list()
    {
        await using var app = await TestApp.StartAsync();

        using var options = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/graphql"), Ct);
        using var put = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql"), Ct);

        Assert.Equal(HttpStatusCode.NoContent, options.StatusCode);
        Assert.Equal(["GET", "POST", "OPTIONS"], options.Content.Headers.Allow.OrderBy(m => m == "OPTIONS").ThenBy(m => m).ToArray());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.DoesNotContain("PUT", put.Content.Headers.Allow);
        Assert.Contains("POST", put.Content.Headers.Allow);
    }

    [Fact]
    public async Task Cors_is_off_by_default()
    {
        await using var app = await TestApp.StartAsync();

        using var preflight = await app.Client.SendAsync(Preflight("https://tools.example.org"), Ct);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ stats { studies } }" }) };
        post.Headers.Add("Origin", "https://tools.example.org");
        using var response = await app.Client.SendAsync(post, Ct);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_allows_the_configured_origins_only_with_a_preflight_answer()
    {
        await using var app = await TestApp.StartAsync(settings: "--PeerGraph:Cors:AllowedOrigins:0=https://tools.example.org");

        using var allowed = await app.Client.SendAsync(Preflight("https://tools.example.org"), Ct);
        using var other = await app.Client.SendAsync(Preflight("https://elsewhere.example.com"), Ct);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ stats { studies } }" }) };
        post.Headers.Add("Origin", "https://tools.example.org");
        using var response = await app.Client.SendAsync(post, Ct);

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("https://tools.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("https://tools.example.org", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    [Fact]
    public async Task Introspection_can_be_switched_off_and_typename_still_works()
    {
        await using var app = await TestApp.StartAsync(settings: "--PeerGraph:GraphQL:Introspection=false");

        var (_, schema) = await PostAsync(app, "{ __schema { queryType { name } } }");
        var (_, type) = await PostAsync(app, "{ __type(name: \"Study\") { name } }");
        var (_, typename) = await PostAsync(app, "{ __typename stats { studies } }");
        using var sdl = await app.Client.GetAsync("/graphql/schema.graphql", Ct);

        Assert.Null(schema!["data"]);
        Assert.Contains("introspection", schema["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(type!["data"]);
        Assert.Equal("Query", typename!["data"]!["__typename"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, sdl.StatusCode);
    }

    [Theory]
    [InlineData("PeerGraph:GraphQL:RequestTimeout", "00:00:00")]
    [InlineData("PeerGraph:GraphQL:MaxResponseBytes", "10")]
    [InlineData("PeerGraph:GraphQL:MaxFields", "0")]
    [InlineData("PeerGraph:RateLimit:Mutations:PermitLimit", "-1")]
    [InlineData("PeerGraph:RateLimit:Queries:Window", "00:00:00")]
    [InlineData("PeerGraph:Cors:AllowedOrigins", "https://example.org/path")]
    [InlineData("PeerGraph:Telemetry:OtlpEndpoint", "localhost:4317")]
    public async Task A_bad_setting_stops_the_start_with_a_message_naming_its_key(string key, string value)
    {
        var setting = key == "PeerGraph:Cors:AllowedOrigins" ? $"--{key}:0={value}" : $"--{key}={value}";

        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await (await TestApp.StartAsync(settings: setting)).DisposeAsync());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    /// <summary>A store whose StatsAsync waits until its token is cancelled, and says so.</summary>
    private sealed class BlockingStats
    {
        public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IGraphStore Wrap(IGraphStore inner) => Proxy.Create(inner, this);

        public async Task<GraphStatistics> StatsAsync(CancellationToken cancellationToken)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            finally
            {
                Cancelled.TrySetResult(cancellationToken.IsCancellationRequested);
            }
            throw new UnreachableException();
        }

        public class Proxy : DispatchProxy
        {
            private IGraphStore _inner = null!;
            private BlockingStats _owner = null!;

            public static IGraphStore Create(IGraphStore inner, BlockingStats owner)
            {
                var proxy = Create<IGraphStore, Proxy>();
                ((Proxy)(object)proxy)._inner = inner;
                ((Proxy)(object)proxy)._owner = owner;
                return proxy;
            }

            protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args) =>
                targetMethod!.Name == nameof(IGraphStore.StatsAsync)
                    ? _owner.StatsAsync((CancellationToken)args![0]!)
                    : targetMethod.Invoke(_inner, args);
        }
    }
}
