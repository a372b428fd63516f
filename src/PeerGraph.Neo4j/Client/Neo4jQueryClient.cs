using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace PeerGraph.Neo4j.Client;

/// <summary>
/// A client of Neo4j's HTTP Query API (no Neo4j driver is available to this project): implicit transactions with
/// <c>POST /db/{db}/query/v2</c> (https://neo4j.com/docs/query-api/current/query/), explicit ones under
/// <c>/db/{db}/query/v2/tx</c> (https://neo4j.com/docs/query-api/current/transactions/), plain JSON results
/// (https://neo4j.com/docs/query-api/current/result-formats/). Reads send <c>accessMode: Read</c>; every response's
/// bookmarks are sent with the next request, so a read after a write sees it, in a cluster too. Transient errors and
/// connection failures of implicit transactions are retried with bounded, jittered backoff.
/// </summary>
public sealed class Neo4jQueryClient
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly ResiliencePipeline _retry;
    private readonly Lock _gate = new();
    private IReadOnlyList<string> _bookmarks = [];

    public Neo4jQueryClient(HttpClient http, Neo4jOptions options)
    {
        _http = http;
        _options = options;
        _retry = options.MaxRetries == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(5),
                ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(e => e.IsRetriable),
            }).Build();
    }

    public IReadOnlyList<string> Bookmarks
    {
        get
        {
            lock (_gate)
            {
                return _bookmarks;
            }
        }
    }

    private string QueryPath => $"db/{Uri.EscapeDataString(_options.Database)}/query/v2";

    /// <summary>Runs one statement in an implicit transaction (retried when Neo4j says the failure is transient).</summary>
    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, AccessMode accessMode = AccessMode.Write, CancellationToken cancellationToken = default) =>
        _retry.ExecuteAsync(async ct =>
        {
            using var request = Request(HttpMethod.Post, QueryPath, Body(statement, parameters, accessMode));
            return Remember(await SendAsync(request, ct));
        }, cancellationToken).AsTask();

    /// <summary>Opens an explicit transaction; dispose it without committing to roll it back.</summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(AccessMode accessMode = AccessMode.Write, CancellationToken cancellationToken = default)
    {
        using var request = Request(HttpMethod.Post, $"{QueryPath}/tx", Body(null, null, accessMode));
        using var response = await SendRawAsync(request, cancellationToken);
        var json = await ReadJsonAsync(response, cancellationToken);
        var id = json.RootElement.GetProperty("transaction").GetProperty("id").GetString()!;
        // In a cluster, later requests of the transaction must reach the same member.
        var affinity = response.Headers.TryGetValues("neo4j-cluster-affinity", out var values) ? values.FirstOrDefault() : null;
        return new Neo4jTransaction(this, $"{QueryPath}/tx/{Uri.EscapeDataString(id)}", affinity, accessMode);
    }

    /// <summary>
    /// Waits for a Neo4j that may still be starting (docker compose starts it beside the API): discovery, then
    /// <c>RETURN 1</c> on the database, retried with bounded, jittered backoff while the failure is one a starting server
    /// gives (<see cref="Neo4jException.IsRetriable"/>), for at most <see cref="Neo4jOptions.StartupTimeout"/>.
    /// </summary>
    public async Task<Neo4jServerInfo> WaitUntilAvailableAsync(CancellationToken cancellationToken = default)
    {
        Neo4jException? last = null;
        var pipeline = new ResiliencePipelineBuilder()
            .AddTimeout(_options.StartupTimeout)
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(5),
                ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(e => e.IsRetriable),
                OnRetry = args =>
                {
                    last = args.Outcome.Exception as Neo4jException;
                    return ValueTask.CompletedTask;
                },
            }).Build();
        try
        {
            return await pipeline.ExecuteAsync(async ct =>
            {
                var info = await DiscoverAsync(ct);
                using var request = Request(HttpMethod.Post, QueryPath, Body("RETURN 1 AS ok", null, AccessMode.Read));
                await SendAsync(request, ct);
                return info;
            }, cancellationToken);
        }
        catch (Polly.Timeout.TimeoutRejectedException e)
        {
            throw new Neo4jException(
                $"Neo4j at {_options.Uri} did not become available within {_options.StartupTimeout.TotalSeconds:0} s (Neo4j:StartupTimeout); last error: {last?.Message ?? "none"}",
                last?.Error, e);
        }
    }

    /// <summary>
    /// GET / (the discovery document): checks that the server answers, its version, and that the Query API is
    /// enabled, i.e. the document advertises a "query" endpoint.
    /// </summary>
    public async Task<Neo4jServerInfo> DiscoverAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_options.Uri, "/"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await SendRawAsync(request, cancellationToken);
        using var json = await ReadJsonAsync(response, cancellationToken);
        var root = json.RootElement;
        var version = root.TryGetProperty("neo4j_version", out var v) ? v.GetString() : null;
        if (!root.TryGetProperty("query", out _))
        {
            throw new Neo4jException(
                $"Neo4j {version} at {_options.Uri} does not offer the Query API: PeerGraph needs Neo4j 5.23 or later with QUERY_API_ENDPOINTS in " +
                "server.http_enabled_modules (on by default from 5.25; in Docker e.g. NEO4J_server_http__enabled__modules=TRANSACTIONAL_ENDPOINTS,UNMANAGED_EXTENSIONS,BROWSER,QUERY_API_ENDPOINTS), then restart it.");
        }
        return new Neo4jServerInfo(version, root.TryGetProperty("neo4j_edition", out var e) ? e.GetString() : null);
    }

    internal HttpRequestMessage Request(HttpMethod method, string path, object? body, string? affinity = null)
    {
        var request = new HttpRequestMessage(method, new Uri(_options.Uri, path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", affinity);
        }
        return request;
    }

    internal Dictionary<string, object?> Body(string? statement, IReadOnlyDictionary<string, object?>? parameters, AccessMode accessMode)
    {
        var body = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (statement is not null)
        {
            body["statement"] = statement;
            body["parameters"] = parameters ?? new Dictionary<string, object?>();
        }
        if (accessMode == AccessMode.Read)
        {
            body["accessMode"] = "Read";
        }
        var bookmarks = Bookmarks;
        if (bookmarks.Count > 0)
        {
            body["bookmarks"] = bookmarks;
        }
        return body;
    }

    internal async Task<QueryResult> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(request, cancellationToken);
        using var json = await ReadJsonAsync(response, cancellationToken);
        return Parse(json.RootElement);
    }

    internal QueryResult Remember(QueryResult result)
    {
        if (result.Bookmarks.Count > 0)
        {
            lock (_gate)
            {
                _bookmarks = result.Bookmarks;
            }
        }
        return result;
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        AddAuthorization(request);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            return await _http.SendAsync(request, timeout.Token);
        }
        catch (HttpRequestException e)
        {
            throw new Neo4jException($"Neo4j at {_options.Uri} is unreachable ({e.Message}): check Neo4j:Uri and that the server is running.", null, e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new Neo4jException($"Neo4j at {_options.Uri} did not answer within {_options.RequestTimeout.TotalSeconds:0} s (Neo4j:RequestTimeout).", null, e);
        }
    }

    private void AddAuthorization(HttpRequestMessage request)
    {
        if (!string.IsNullOrEmpty(_options.BearerToken))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.BearerToken);
        }
        else if (!string.IsNullOrEmpty(_options.User))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}")));
        }
    }

    private async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        JsonDocument? json = null;
        try
        {
            json = text.Length > 0 ? JsonDocument.Parse(text) : null;
        }
        catch (JsonException)
        {
            // not JSON: described below by the status code
        }
        if (json is not null && json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var error = new Neo4jError(first.GetProperty("code").GetString() ?? "", first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "");
            json.Dispose();
            throw Neo4jException.From(error, _options.Uri, _options.Database);
        }
        if (!response.IsSuccessStatusCode || json is null)
        {
            json?.Dispose();
            throw response.StatusCode switch
            {
                HttpStatusCode.Unauthorized => Neo4jException.From(new Neo4jError("Neo.ClientError.Security.Unauthorized", "HTTP 401"), _options.Uri, _options.Database),
                HttpStatusCode.NotFound => new Neo4jException($"Neo4j at {_options.Uri} answered 404 for {response.RequestMessage?.RequestUri}: is this Neo4j 5.23+ with QUERY_API_ENDPOINTS in server.http_enabled_modules (on by default from 5.25)?"),
                _ => new Neo4jException($"Neo4j at {_options.Uri} answered HTTP {(int)response.StatusCode} without a result.",
                    (int)response.StatusCode >= 500 ? new Neo4jError("Neo.TransientError.General.HttpStatus", $"HTTP {(int)response.StatusCode}") : null),
            };
        }
        return json;
    }

    private static QueryResult Parse(JsonElement root)
    {
        var fields = new List<string>();
        var values = new List<JsonElement[]>();
        if (root.TryGetProperty("data", out var data))
        {
            fields.AddRange(data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!));
            values.AddRange(data.GetProperty("values").EnumerateArray().Select(row => row.EnumerateArray().Select(v => v.Clone()).ToArray()));
        }
        var bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString()!).ToList()
            : [];
        return new QueryResult(fields, values, bookmarks);
    }
}
