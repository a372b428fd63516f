using System.CommandLine;
using System.Diagnostics;
using PeerGraph.Api.Hosting;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Cli;

/// <summary><c>seed validate [PATH]</c> and <c>seed load [PATH]</c>.</summary>
internal static class SeedCommands
{
    private const int MaxProblemsShown = 200;

    public static Command Create()
    {
        var seed = new Command("seed", "Validate or load a seed (a seed directory or a bundle file).");
        seed.Subcommands.Add(Validate());
        seed.Subcommands.Add(Load());
        return seed;
    }

    private static Argument<string?> PathArgument() => new("PATH")
    {
        Description = "A seed directory or bundle file (default: PeerGraph:SeedPath, else the repository's seed/).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static Command Validate()
    {
        var path = PathArgument();
        var command = new Command("validate", "Check a seed against every rule of the seed format; exit 1 when it breaks any.") { path };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var configuration = CliContext.Configuration(parse.UnmatchedTokens);
            var (graph, seedPath, failure) = await ReadValidAsync(parse.GetValue(path), configuration, ct);
            if (graph is null)
            {
                return failure;
            }
            Console.WriteLine($"{seedPath}: valid: {graph.Studies.Count} studies, {graph.Studies.Sum(s => s.Findings.Count)} findings, {graph.Themes.Count} themes, {graph.Groups.Count} groups, {graph.Methods.Count} methods");
            return PeerGraphCommandLine.Ok;
        });
        return command;
    }

    private static Command Load()
    {
        var path = PathArgument();
        var store = new Option<string?>("--store") { Description = "Store to load into (sqlite or neo4j); default PeerGraph:Store." };
        var command = new Command("load", "Validate a seed and load it into the store, replacing the graph (nothing changes when it is invalid).") { path, store };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var configuration = CliContext.Configuration(parse.UnmatchedTokens, parse.GetValue(store));
            var clock = Stopwatch.StartNew();
            var (graph, seedPath, failure) = await ReadValidAsync(parse.GetValue(path), configuration, ct);
            if (graph is null)
            {
                return failure;
            }
            Console.WriteLine($"Read and validated {seedPath} in {clock.Elapsed.TotalSeconds:0.0} s: {graph.Studies.Count:N0} studies");
            IGraphStore target;
            try
            {
                target = await CliContext.OpenStoreAsync(configuration, ct);
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine(e.Message);
                return PeerGraphCommandLine.InvalidInput;
            }
            var progress = ProgressLine.ForConsole("Loading studies");
            progress.Total = graph.Studies.Count;
            await target.LoadSeedAsync(graph, new Progress<SeedLoadProgress>(p => progress.Report(p.StudiesWritten)), ct);
            var stats = await target.StatsAsync(ct);
            Console.WriteLine($"Loaded in {clock.Elapsed.TotalSeconds:0.0} s: {stats.Studies:N0} studies, {stats.Findings:N0} findings, {stats.Themes} themes, {stats.Relationships:N0} relationships");
            return PeerGraphCommandLine.Ok;
        });
        return command;
    }

    /// <summary>The seed's graph when it is valid; otherwise null, its problems printed, and the exit code to return.</summary>
    private static async Task<(SeedGraph? Graph, string Path, int ExitCode)> ReadValidAsync(string? argument, Microsoft.Extensions.Configuration.IConfiguration configuration, CancellationToken ct)
    {
        var (result, seedPath) = await ReadAsync(argument, configuration, ct);
        if (result is null)
        {
            return (null, seedPath, PeerGraphCommandLine.InvalidInput);
        }
        return result.IsValid ? (result.Graph, seedPath, PeerGraphCommandLine.Ok) : (null, seedPath, Report(result));
    }

    private static async Task<(SeedReadResult? Result, string Path)> ReadAsync(string? argument, Microsoft.Extensions.Configuration.IConfiguration configuration, CancellationToken ct)
    {
        var seedPath = argument ?? configuration["PeerGraph:SeedPath"] ?? SeedLocator.FindDefaultSeed();
        if (seedPath is null)
        {
            Console.Error.WriteLine("No seed given and no seed/ directory found: pass PATH or set PeerGraph:SeedPath.");
            return (null, "");
        }
        long maxBytes = SeedReadOptions.DefaultMaxFileBytes;
        if (configuration["PeerGraph:Seed:MaxFileBytes"] is { } limit && (!long.TryParse(limit, out maxBytes) || maxBytes <= 0))
        {
            Console.Error.WriteLine($"PeerGraph:Seed:MaxFileBytes is '{limit}': expected a positive number of bytes.");
            return (null, seedPath);
        }
        var options = new SeedReadOptions { SourcesDirectory = SeedLocator.FindSources(seedPath), MaxFileBytes = maxBytes };
        return (await SeedReader.ReadAsync(seedPath, options, ct), seedPath);
    }

    private static int Report(SeedReadResult result)
    {
        foreach (var problem in result.Problems.Take(MaxProblemsShown))
        {
            Console.Error.WriteLine(problem);
        }
        if (result.Problems.Count > MaxProblemsShown)
        {
            Console.Error.WriteLine($"... and {result.Problems.Count - MaxProblemsShown} more problems");
        }
        Console.Error.WriteLine($"invalid seed: {result.Problems.Count} problem(s); nothing was loaded");
        return PeerGraphCommandLine.InvalidInput;
    }
}
