using System.Net;
using System.Net.Sockets;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Cli;

/// <summary>
/// Start-up and configuration errors: one line naming the setting or file and what to do, the README's exit code
/// (1 invalid input, 2 usage, 3 unavailable), and a stack trace only with --verbose.
/// </summary>
public sealed class StartupErrorTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("peergraph-startup-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private string DataDir => $"--PeerGraph:DataDir={Path.Combine(_dir, "data")}";

    [Fact]
    public async Task A_setting_that_is_not_a_number_is_one_line_naming_the_key_and_exit_1()
    {
        var run = await CliRun.RunAsync(["serve", "--urls", "http://127.0.0.1:0", DataDir, "--PeerGraph:GraphQL:MaxDepth=abc"]);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("PeerGraph:GraphQL:MaxDepth is 'abc', not a whole number", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setting_out_of_range_is_caught_at_start_naming_the_whole_key()
    {
        var run = await CliRun.RunAsync(["serve", "--urls", "http://127.0.0.1:0", DataDir, "--PeerGraph:GraphQL:MaxDepth=0"]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("PeerGraph:GraphQL:MaxDepth: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_services_own_settings_are_validated_at_start_each_failure_naming_its_key()
    {
        var missing = Path.Combine(_dir, "no-such-seed");
        var run = await CliRun.RunAsync(["serve", "--urls", "http://127.0.0.1:0", DataDir, $"--PeerGraph:SeedPath={missing}", "--PeerGraph:Seed:MaxFileBytes=-1"]);
        var store = await CliRun.RunAsync(["serve", "--urls", "http://127.0.0.1:0", DataDir, "--PeerGraph:Store=mysql"]);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains($"PeerGraph:SeedPath is '{missing}'", line, StringComparison.Ordinal);
        Assert.Contains("PeerGraph:Seed:MaxFileBytes is -1: give a positive number of bytes", line, StringComparison.Ordinal);
        Assert.Equal(1, store.ExitCode);
        Assert.Contains("PeerGraph:Store is 'mysql'", Assert.Single(store.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unusable_data_dir_names_the_key_and_exits_3_with_the_stack_trace_only_when_verbose()
    {
        var file = Path.Combine(_dir, "a-file");
        File.WriteAllText(file, "not a folder");
        string[] args = ["seed", "load", RepoPaths.Seed, $"--PeerGraph:DataDir={file}"];

        var quiet = await CliRun.RunAsync(args);
        var verbose = await CliRun.RunAsync([.. args, "--verbose"]);

        Assert.Equal(3, quiet.ExitCode);
        Assert.StartsWith($"PeerGraph:DataDir '{file}' cannot hold the database", Assert.Single(quiet.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(3, verbose.ExitCode);
        Assert.Contains(" at ", verbose.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_saying_how_to_choose_another_and_exit_3()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var run = await CliRun.RunAsync(["serve", "--urls", $"http://127.0.0.1:{port}", DataDir]);

        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains($"127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("--port", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_neo4j_is_one_line_naming_the_uri_setting_and_exit_3()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var run = await CliRun.RunAsync(["seed", "load", RepoPaths.Seed, "--store", "neo4j", $"--Neo4j:Uri=http://127.0.0.1:{port}", "--Neo4j:Password=x", "--Neo4j:MaxRetries=0", "--Neo4j:StartupTimeout=00:00:02"]);

        Assert.Equal(3, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("unreachable", line, StringComparison.Ordinal);
        Assert.Contains("Neo4j:Uri", line, StringComparison.Ordinal);
    }
}
