using PeerGraph.Api.Cli;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;
using PeerGraph.Sqlite;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Cli;

/// <summary>The command line in process: exit codes, what lands in the store, what is written to files.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("peergraph-cli-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string DataDir => Path.Combine(_dir, "data");

    private Task<int> Run(params string[] args) => PeerGraphCommandLine.InvokeAsync(args);

    private async Task<GraphStatistics> StatsAsync()
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = DataDir });
        await store.InitializeAsync(TestContext.Current.CancellationToken);
        return await store.StatsAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Seed_validate_exits_0_for_the_curated_seed_and_1_for_a_broken_one()
    {
        var broken = Path.Combine(_dir, "broken.json");
        File.WriteAllText(broken, """{ "groups": [], "themes": [], "methods": [], "studies": [{ "id": "X" }] }""");

        Assert.Equal(0, await Run("seed", "validate", RepoPaths.Seed));
        Assert.Equal(1, await Run("seed", "validate", broken));
        Assert.Equal(1, await Run("seed", "validate", Path.Combine(_dir, "missing")));
    }

    [Fact]
    public async Task Usage_errors_exit_2()
    {
        Assert.Equal(2, await Run("frobnicate"));
        Assert.Equal(2, await Run("generate", "--studies", "0", "--output", Path.Combine(_dir, "x.json")));
        Assert.Equal(2, await Run("export", "--format", "pdf", "--output", Path.Combine(_dir, "x.pdf")));
    }

    [Fact]
    public async Task Seed_load_fills_the_store_under_the_data_dir_and_a_broken_seed_changes_nothing()
    {
        Assert.Equal(0, await Run("seed", "load", RepoPaths.Seed, $"--PeerGraph:DataDir={DataDir}"));
        var before = await StatsAsync();
        var broken = Path.Combine(_dir, "broken.json");
        File.WriteAllText(broken, """{ "groups": [], "themes": [], "methods": [], "studies": [{ "id": "X" }] }""");

        Assert.Equal(1, await Run("seed", "load", broken, $"--PeerGraph:DataDir={DataDir}"));

        Assert.Equal(5, before.Studies);
        Assert.Equal(before, await StatsAsync());
    }

    [Fact]
    public async Task Generate_is_deterministic_and_its_bundle_loads_and_exports_back()
    {
        var a = Path.Combine(_dir, "a.json");
        var b = Path.Combine(_dir, "b.json");
        var exported = Path.Combine(_dir, "exported.json");
        var graphml = Path.Combine(_dir, "graph.graphml");

        Assert.Equal(0, await Run("generate", "--studies", "300", "--seed", "9", "--output", a));
        Assert.Equal(0, await Run("generate", "--studies", "300", "--seed", "9", "--output", b));
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        Assert.Equal(0, await Run("seed", "load", a, $"--PeerGraph:DataDir={DataDir}"));
        Assert.Equal(0, await Run("export", "--format", "bundle", "--output", exported, $"--PeerGraph:DataDir={DataDir}"));
        Assert.Equal(0, await Run("export", "--format", "graphml", "--output", graphml, $"--PeerGraph:DataDir={DataDir}"));

        var original = (await SeedReader.ReadAsync(a, cancellationToken: TestContext.Current.CancellationToken)).Graph!;
        var roundTrip = await SeedReader.ReadAsync(exported, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(roundTrip.IsValid, string.Join("\n", roundTrip.Problems.Take(5)));
        Assert.Equal(new SeedOracle(original).Stats(), new SeedOracle(roundTrip.Graph!).Stats());
        Assert.Equal(original.Studies.Select(s => s.Id).Order(StringComparer.Ordinal), roundTrip.Graph!.Studies.Select(s => s.Id).Order(StringComparer.Ordinal));
        var xml = System.Xml.Linq.XDocument.Load(graphml);
        Assert.Equal(300, xml.Descendants().Count(e => e.Name.LocalName == "data" && (string?)e.Attribute("key") == "label" && e.Value == "Study"));
    }

    [Fact]
    public async Task Configuration_overrides_never_become_the_seed_path()
    {
        Assert.Equal(0, await Run("seed", "load", $"--PeerGraph:DataDir={DataDir}"));

        Assert.Equal(5, (await StatsAsync()).Studies);
    }

    [Theory]
    [InlineData(new[] { "seed", "load", "--PeerGraph:DataDir=/d", "x" }, new[] { "seed", "load", "x" }, new[] { "--PeerGraph:DataDir=/d" })]
    [InlineData(new[] { "--PeerGraph:DataDir", "/d", "--urls", "http://a" }, new[] { "--urls", "http://a" }, new[] { "--PeerGraph:DataDir=/d" })]
    public void Settings_are_split_from_the_command_line(string[] args, string[] rest, string[] settings)
    {
        var (actualRest, actualSettings) = PeerGraphCommandLine.SplitSettings(args);

        Assert.Equal(rest, actualRest);
        Assert.Equal(settings, actualSettings);
    }
}
