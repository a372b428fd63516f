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

    private Task<GraphStatistics> StatsAsync() => StatsAsync(DataDir);

    private static async Task<GraphStatistics> StatsAsync(string dataDir)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = dataDir });
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
        Assert.Equal(2, await Run("serve", "--port", "5308", "--urls", "http://127.0.0.1:5308"));
        Assert.Equal(2, await Run("serve", "--port", "70000"));
    }

    [Fact]
    public async Task Serve_with_a_port_that_is_not_a_number_is_a_usage_error_saying_so()
    {
        var run = await CliRun.RunAsync(["serve", "--port", "abc"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["--port must be a port number from 1 to 65,535, not 'abc'.", "See `peergraph serve --help`."], run.ErrorLines);
    }

    [Fact]
    public async Task Generate_with_a_study_count_that_is_not_a_number_is_a_usage_error_saying_so()
    {
        var run = await CliRun.RunAsync(["generate", "--studies", "abc", "--output", Path.Combine(_dir, "x.json")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["--studies must be a whole number from 1 to 1,000,000, not 'abc'.", "See `peergraph generate --help`."], run.ErrorLines);
    }

    [Fact]
    public async Task Unknown_options_are_usage_errors_while_section_keys_are_settings()
    {
        var unknown = await CliRun.RunAsync(["seed", "validate", RepoPaths.Seed, "--frobnicate"]);
        var setting = await CliRun.RunAsync(["seed", "validate", RepoPaths.Seed, "--PeerGraph:Frobnicate=1"]);

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--frobnicate", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(0, setting.ExitCode);
    }

    [Fact]
    public async Task Serve_help_lists_its_options_and_every_setting_with_its_default()
    {
        var run = await CliRun.RunAsync(["serve", "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--port <PORT>", run.Output, StringComparison.Ordinal);
        Assert.Contains("--urls <URLS>", run.Output, StringComparison.Ordinal);
        foreach (var (key, value, _) in PeerGraph.Api.Cli.SettingsHelp.Settings)
        {
            Assert.Contains(key, run.Output, StringComparison.Ordinal);
            Assert.Contains($"(default {value})", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Seed_validate_checks_evidence_against_the_seeds_sources_and_warns_when_it_cannot()
    {
        var withoutSources = Path.Combine(_dir, "seed");
        CopyDirectory(RepoPaths.Seed, withoutSources);
        Directory.Delete(Path.Combine(withoutSources, "sources"), recursive: true);

        var checkedRun = await CliRun.RunAsync(["seed", "validate", RepoPaths.Seed]);
        var uncheckedRun = await CliRun.RunAsync(["seed", "validate", withoutSources]);
        File.Copy(Path.Combine(RepoPaths.Sources, "000_f10e9d449267ed2b.txt"), Path.Combine(_dir, "000.txt"));
        var fewSources = await CliRun.RunAsync(["seed", "validate", withoutSources, $"--PeerGraph:Seed:SourcesDir={_dir}"]);

        Assert.Equal(0, checkedRun.ExitCode);
        Assert.Empty(checkedRun.Error);
        Assert.Equal(0, uncheckedRun.ExitCode);
        Assert.Equal(["warning: evidence not checked for 5 studies: no folder of source documents (a seed directory's sources/, or PeerGraph:Seed:SourcesDir)"], uncheckedRun.ErrorLines);
        Assert.Equal(0, fewSources.ExitCode);
        Assert.StartsWith($"warning: evidence not checked for 5 studies: 5 source document(s) not in {_dir}", Assert.Single(fewSources.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_load_refuses_evidence_that_is_not_in_the_source_like_serve_does()
    {
        var altered = Path.Combine(_dir, "seed");
        CopyDirectory(RepoPaths.Seed, altered);
        var study = Path.Combine(altered, "studies", "intentional-differences-2021.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(study))!;
        json["findings"]![0]!["evidence"] = "words the source never says";
        File.WriteAllText(study, json.ToJsonString());

        var load = await CliRun.RunAsync(["seed", "load", altered, $"--PeerGraph:DataDir={DataDir}"]);
        var serve = await CliRun.RunAsync(["serve", "--urls", "http://127.0.0.1:0", $"--PeerGraph:DataDir={Path.Combine(_dir, "served")}", $"--PeerGraph:SeedPath={altered}"]);

        Assert.Equal(1, load.ExitCode);
        Assert.Contains("$.findings[0].evidence: not found verbatim in source document 001_e1cb07ed7ee9172f.txt", load.Error, StringComparison.Ordinal);
        Assert.Equal(1, serve.ExitCode);
        Assert.Contains("not found verbatim in source document", Assert.Single(serve.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_seed_load_the_database_file_alone_holds_the_graph_and_backup_copies_it_whole()
    {
        Assert.Equal(0, await Run("seed", "load", RepoPaths.Seed, $"--PeerGraph:DataDir={DataDir}"));
        var copy = Path.Combine(_dir, "copy");
        Directory.CreateDirectory(copy);
        File.Copy(Path.Combine(DataDir, "peergraph.db"), Path.Combine(copy, "peergraph.db"));
        var backup = Path.Combine(_dir, "backup.db");

        var run = await CliRun.RunAsync(["backup", "--output", backup, $"--PeerGraph:DataDir={DataDir}"]);
        var again = await CliRun.RunAsync(["backup", "--output", backup, $"--PeerGraph:DataDir={DataDir}"]);

        Assert.Equal(5, (await StatsAsync(copy)).Studies);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("integrity ok", run.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(backup + "-wal"));
        var restored = Path.Combine(_dir, "restored");
        Directory.CreateDirectory(restored);
        File.Move(backup, Path.Combine(restored, "peergraph.db"));
        Assert.Equal(await StatsAsync(DataDir), await StatsAsync(restored));
        Assert.Equal(1, again.ExitCode);
    }

    [Fact]
    public async Task Export_writes_the_studies_as_csv_and_their_references_as_ris_and_bibtex()
    {
        Assert.Equal(0, await Run("seed", "load", RepoPaths.Seed, $"--PeerGraph:DataDir={DataDir}"));
        var csv = Path.Combine(_dir, "studies.csv");
        var ris = Path.Combine(_dir, "studies.ris");
        var bib = Path.Combine(_dir, "studies.bib");

        Assert.Equal(0, await Run("export", "--format", "csv", "--output", csv, $"--PeerGraph:DataDir={DataDir}"));
        Assert.Equal(0, await Run("export", "--format", "ris", "--output", ris, $"--PeerGraph:DataDir={DataDir}"));
        Assert.Equal(0, await Run("export", "--format", "bibtex", "--output", bib, $"--PeerGraph:DataDir={DataDir}"));

        Assert.StartsWith("id,title,year,", File.ReadAllText(csv), StringComparison.Ordinal);
        Assert.Equal(6, File.ReadAllText(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(5, File.ReadAllLines(ris).Count(l => l.StartsWith("TY  - ", StringComparison.Ordinal)));
        Assert.Equal(5, File.ReadAllLines(bib).Count(l => l.StartsWith('@')));
        Assert.NotEqual(0xEF, File.ReadAllBytes(csv)[0]);
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
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
    public async Task Seed_load_of_a_bundle_whose_late_study_breaks_a_rule_rolls_back_the_studies_written_before_it()
    {
        Assert.Equal(0, await Run("seed", "load", RepoPaths.Seed, $"--PeerGraph:DataDir={DataDir}"));
        var before = await StatsAsync();
        var bundle = Path.Combine(_dir, "late.json");
        Assert.Equal(0, await Run("generate", "--studies", "300", "--seed", "3", "--output", bundle));
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(bundle))!;
        json["studies"]![280]!["findings"]![0]!["theme"] = "no-such-theme";
        File.WriteAllText(bundle, json.ToJsonString());
        var error = new StringWriter();

        var exit = await PeerGraphCommandLine.InvokeAsync(["seed", "load", bundle, $"--PeerGraph:DataDir={DataDir}"], TextWriter.Null, error);

        Assert.Equal(1, exit);
        Assert.Contains("$.studies[280].findings[0].theme: unknown theme 'no-such-theme'", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("invalid seed: 1 problem(s); nothing was loaded", error.ToString(), StringComparison.Ordinal);
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
