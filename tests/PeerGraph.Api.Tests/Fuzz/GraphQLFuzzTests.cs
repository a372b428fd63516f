using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Fuzz;

/// <summary>
/// Generated and mutated requests against the in-process service (issue 14): never a 5xx, never an internal error,
/// always a well-formed GraphQL response. Bounded to <see cref="DefaultSeconds"/> here; <c>bench/fuzz.sh</c> runs it
/// longer (PEERGRAPH_FUZZ_SECONDS, PEERGRAPH_FUZZ_SEED to replay a run, PEERGRAPH_FUZZ_REPORT for a summary file).
/// </summary>
public sealed class GraphQLFuzzTests
{
    private const int DefaultSeconds = 30;

    [Fact]
    public async Task Generated_requests_never_get_a_5xx_an_internal_error_or_a_malformed_response()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("PEERGRAPH_FUZZ_SECONDS"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeconds;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PEERGRAPH_FUZZ_SEED"), CultureInfo.InvariantCulture, out var given) ? given : Environment.TickCount;
        // Mutations are fuzzed too (with the key a quarter of the time): no rate limit, so every one is executed.
        await using var app = await TestApp.StartAsync(settings: ["--PeerGraph:RateLimit:Mutations:PermitLimit=0", "--PeerGraph:GraphQL:RequestTimeout=00:00:10"]);
        var schema = app.Services.GetRequiredService<ISchema>();
        var failures = new List<string>();
        var count = 0;
        var clock = Stopwatch.StartNew();

        // Two workers, each with its own generator, so that requests also overlap.
        await Task.WhenAll(Enumerable.Range(0, 2).Select(worker => Task.Run(async () =>
        {
            var fuzzer = new RequestFuzzer(schema, seed + worker);
            while (clock.Elapsed < TimeSpan.FromSeconds(seconds) && !TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                var request = fuzzer.Next(TestApp.ApiKey);
                var problem = await CheckAsync(app.Client, request);
                lock (failures)
                {
                    count++;
                    if (problem is not null && failures.Count < 5)
                    {
                        failures.Add(problem + "\n  request: " + Shorten(request.ToString()));
                    }
                }
            }
        })));

        var summary = $"fuzz: {count} requests in {clock.Elapsed.TotalSeconds:0} s, seed {seed}, {failures.Count} failing";
        TestContext.Current.SendDiagnosticMessage(summary);
        if (Environment.GetEnvironmentVariable("PEERGRAPH_FUZZ_REPORT") is { Length: > 0 } report)
        {
            await File.WriteAllTextAsync(report, summary + "\n" + string.Join("\n\n", failures) + "\n", TestContext.Current.CancellationToken);
        }
        Assert.True(count > 100, $"only {count} requests were sent");
        Assert.True(failures.Count == 0, $"seed {seed}, {count} requests:\n" + string.Join("\n\n", failures));
    }

    private static async Task<string?> CheckAsync(HttpClient client, RequestFuzzer.FuzzRequest fuzz)
    {
        using var request = new HttpRequestMessage(fuzz.Method, fuzz.Url);
        if (fuzz.Body is not null)
        {
            request.Content = new StringContent(fuzz.Body, Encoding.UTF8);
            request.Content.Headers.ContentType = fuzz.ContentType is null ? null : MediaTypeHeaderValue.Parse(fuzz.ContentType);
        }
        if (fuzz.Accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", fuzz.Accept);
        }
        if (fuzz.ApiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fuzz.ApiKey);
        }
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return "the request failed: " + e.GetType().Name + ": " + e.Message;
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var status = (int)response.StatusCode;
            if (status >= 500)
            {
                return $"HTTP {status}: {Shorten(text)}";
            }
            if (IsTheIdeForABrowser(fuzz, response))
            {
                return null;
            }
            return WellFormedGraphQLResponse(text) is { } problem ? $"HTTP {status}, {problem}: {Shorten(text)}" : null;
        }
    }

    /// <summary>
    /// A GET that asks for text/html rather than a GraphQL media type is a browser opening the endpoint: it gets the
    /// GraphiQL page (see Web/HtmlNegotiation), not a GraphQL response.
    /// </summary>
    private static bool IsTheIdeForABrowser(RequestFuzzer.FuzzRequest fuzz, HttpResponseMessage response) =>
        fuzz.Method == HttpMethod.Get
        && PeerGraph.Api.Web.HtmlNegotiation.PrefersHtml(fuzz.Accept is null ? null : [fuzz.Accept])
        && response.StatusCode == System.Net.HttpStatusCode.OK
        && response.Content.Headers.ContentType?.MediaType == "text/html";

    /// <summary>What is wrong with a response body as a GraphQL response (spec 7.1), or null.</summary>
    private static string? WellFormedGraphQLResponse(string text)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return "not JSON";
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return "not a JSON object";
            }
            var hasData = root.TryGetProperty("data", out _);
            if (root.TryGetProperty("errors", out var errors))
            {
                if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
                {
                    return "'errors' is not a non-empty list";
                }
                foreach (var error in errors.EnumerateArray())
                {
                    if (error.ValueKind != JsonValueKind.Object || !error.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
                    {
                        return "an error without a message";
                    }
                    if (error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
                        && code.ValueKind == JsonValueKind.String && code.GetString() == "INTERNAL_SERVER_ERROR")
                    {
                        return "an internal server error";
                    }
                }
            }
            else if (!hasData)
            {
                return "neither 'data' nor 'errors'";
            }
            return root.EnumerateObject().Any(p => p.Name is not ("data" or "errors" or "extensions")) ? "an entry other than data, errors, extensions" : null;
        }
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + $"... ({text.Length} characters)";
}
