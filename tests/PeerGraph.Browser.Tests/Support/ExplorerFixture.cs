using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PeerGraph.Api.Hosting;
using PeerGraph.StoreContract;

namespace PeerGraph.Browser.Tests.Support;

/// <summary>
/// The real service on a loopback port (Kestrel, the curated seed, its own data folder) and Debian's Chromium driven by
/// Playwright, shared by the browser tests. When Chromium or the built pages are missing, <see cref="SkipReason"/> says
/// why and every test reports itself skipped with it.
/// </summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    public const string ApiKey = "browser-test-key-0123456789";

    /// <summary>Chromium from the distribution (`apt-get install chromium`); Playwright's own downloads do not work here.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("PEERGRAPH_CHROMIUM") ?? "/usr/bin/chromium";

    private WebApplication? _app;
    private string? _dataDir;
    private IPlaywright? _playwright;

    public string? SkipReason { get; private set; }

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the tests save one screenshot per page (under the test output folder).</summary>
    public static string ScreenshotDir { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            SkipReason = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium)";
            return;
        }
        if (!File.Exists(Path.Combine(AppContext.BaseDirectory, "web", "index.html")))
        {
            SkipReason = "the web front end was not built (Node.js was missing when the API was built)";
            return;
        }
        _dataDir = Directory.CreateTempSubdirectory("peergraph-browser-").FullName;
        _app = PeerGraphWebApplication.Build(
        [
            "--urls=http://127.0.0.1:0",
            $"--PeerGraph:DataDir={_dataDir}",
            $"--PeerGraph:SeedPath={RepoPaths.Seed}",
            $"--PeerGraph:ApiKeys:0={ApiKey}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await _app.StartAsync(TestContext.Current.CancellationToken);
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        if (_dataDir is not null)
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }
}
