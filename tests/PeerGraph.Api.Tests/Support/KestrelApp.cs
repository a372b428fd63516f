using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using PeerGraph.Api.Hosting;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Support;

/// <summary>The service on a real loopback port (Kestrel), for clients outside the process such as graphql-http's audits.</summary>
public sealed class KestrelApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _dataDir;

    private KestrelApp(WebApplication app, string dataDir, string url)
    {
        _app = app;
        _dataDir = dataDir;
        GraphQLUrl = url;
    }

    public string GraphQLUrl { get; }

    /// <summary>Starts the service seeded from <paramref name="seedPath"/> (the curated seed by default), with extra <c>--key=value</c> settings.</summary>
    public static async Task<KestrelApp> StartAsync(string? seedPath = null, params string[] settings)
    {
        var dataDir = Directory.CreateTempSubdirectory("peergraph-kestrel-").FullName;
        var app = PeerGraphWebApplication.Build(["--urls=http://127.0.0.1:0", $"--PeerGraph:DataDir={dataDir}", $"--PeerGraph:SeedPath={seedPath ?? RepoPaths.Seed}", .. settings]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new KestrelApp(app, dataDir, address.TrimEnd('/') + "/graphql");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDir, recursive: true);
    }
}
