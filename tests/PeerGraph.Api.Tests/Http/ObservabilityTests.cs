using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using PeerGraph.Api.Hosting;
using PeerGraph.Api.Tests.Support;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Http;

/// <summary>What an operator sees: one log line per request, and metrics only where configured (issue 14).</summary>
public sealed class ObservabilityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_request_is_logged_once_with_operation_status_duration_and_correlation_id()
    {
        var lines = new ConcurrentQueue<string>();
        var dataDir = Directory.CreateTempSubdirectory("peergraph-log-").FullName;
        var app = PeerGraphWebApplication.Build([$"--PeerGraph:DataDir={dataDir}", $"--PeerGraph:SeedPath={RepoPaths.Seed}"], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.AddProvider(new CapturingProvider(lines));
        });
        try
        {
            await app.StartAsync(Ct);
            using var response = await app.GetTestClient().PostAsJsonAsync("/graphql", new { query = "query Counts { stats { studies } }", operationName = "Counts" }, Ct);

            // The line is written once the answer is complete, which the client may see a moment before.
            for (var waited = 0; waited < 50 && !lines.Any(l => l.Contains("/graphql", StringComparison.Ordinal)); waited++)
            {
                await Task.Delay(100, Ct);
            }
            var line = Assert.Single(lines, l => l.Contains("/graphql", StringComparison.Ordinal));
            Assert.Contains("operation Counts (query) answered 200 with 0 errors in ", line, StringComparison.Ordinal);
            Assert.Matches(@"correlation id \S+$", line);
        }
        finally
        {
            await app.StopAsync(Ct);
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Prometheus_metrics_are_off_unless_configured()
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync("/metrics", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Prometheus_metrics_show_graphql_operations_and_store_calls_when_configured()
    {
        await using var app = await TestApp.StartAsync(settings: "--PeerGraph:Telemetry:Prometheus=true");
        await app.DataAsync("{ stats { studies } }");

        // The exporter collects on scrape; a second scrape sees the first request's measurements whatever the timing.
        var metrics = await app.Client.GetStringAsync("/metrics", Ct);
        metrics += await app.Client.GetStringAsync("/metrics", Ct);

        Assert.Contains("peergraph_graphql_operation_duration_seconds_count{", metrics, StringComparison.Ordinal);
        Assert.Contains("graphql_operation_type=\"query\"", metrics, StringComparison.Ordinal);
        Assert.Contains("store_method=\"StatsAsync\"", metrics, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => categoryName == "PeerGraph.Api.Observability.RequestLog" ? new Capturing(lines) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose()
        {
        }

        private sealed class Capturing(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception));
        }
    }
}
