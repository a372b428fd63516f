using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PeerGraph.Api.Hosting;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Cli;

/// <summary><c>seed validate [PATH]</c> and <c>seed load [PATH]</c>, reading seeds as <c>serve</c> does (<see cref="SeedSource"/>).</summary>
internal static class SeedCommands
{
    private const int MaxProblemsShown = 200;

    public static Command Create(Invocation invocation)
    {
        var seed = new Command("seed", "Validate or load a seed (a seed directory or a bundle file).");
        seed.Subcommands.Add(Validate(invocation));
        seed.Subcommands.Add(Load(invocation));
        return seed;
    }

    private static Argument<string?> PathArgument() => new("PATH")
    {
        Description = "A seed directory or bundle file (default: PeerGraph:SeedPath, else the repository's seed/).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static Command Validate(Invocation invocation)
    {
        var path = PathArgument();
        var command = new Command("validate", "Check a seed against every rule of the seed format; exit 1 when it breaks any.") { path };
        command.SetAction((parse, ct) => CommandHost.RunAsync(invocation, async (services, ct) =>
        {
            var (seedPath, result) = await services.GetRequiredService<SeedSource>().ReadAsync(parse.GetValue(path), ct);
            if (!result.IsValid)
            {
                return Report(result, parse.InvocationConfiguration.Error);
            }
            WriteWarnings(result, parse.InvocationConfiguration.Error);
            var graph = result.Graph!;
            parse.InvocationConfiguration.Output.WriteLine($"{seedPath}: valid: {graph.Studies.Count} studies, {graph.Studies.Sum(s => s.Findings.Count)} findings, {graph.Themes.Count} themes, {graph.Groups.Count} groups, {graph.Methods.Count} methods");
            return PeerGraphCommandLine.Ok;
        }, ct));
        return command;
    }

    private static Command Load(Invocation invocation)
    {
        var path = PathArgument();
        var store = new Option<string?>("--store") { Description = "Store to load into (sqlite or neo4j); default PeerGraph:Store." };
        store.AcceptOnlyFromAmong(PeerGraphOptionsValidator.Stores);
        var command = new Command("load", "Validate a seed and load it into the store, replacing the graph (nothing changes when it is invalid).") { path, store };
        command.SetAction((parse, ct) =>
        {
            var overrides = parse.GetValue(store) is { } chosen ? [new KeyValuePair<string, string?>("PeerGraph:Store", chosen)] : Array.Empty<KeyValuePair<string, string?>>();
            return CommandHost.RunAsync(invocation, async (services, ct) =>
            {
                var clock = Stopwatch.StartNew();
                var (seedPath, result) = await services.GetRequiredService<SeedSource>().ReadAsync(parse.GetValue(path), ct);
                if (!result.IsValid)
                {
                    return Report(result, parse.InvocationConfiguration.Error);
                }
                WriteWarnings(result, parse.InvocationConfiguration.Error);
                var graph = result.Graph!;
                parse.InvocationConfiguration.Output.WriteLine($"Read and validated {seedPath} in {clock.Elapsed.TotalSeconds:0.0} s: {graph.Studies.Count:N0} studies");
                var target = services.GetRequiredService<IGraphStore>();
                var progress = ProgressLine.For("Loading studies", parse.InvocationConfiguration.Output);
                progress.Total = graph.Studies.Count;
                await target.LoadSeedAsync(graph, new Progress<SeedLoadProgress>(p => progress.Report(p.StudiesWritten)), ct);
                var stats = await target.StatsAsync(ct);
                parse.InvocationConfiguration.Output.WriteLine($"Loaded in {clock.Elapsed.TotalSeconds:0.0} s: {stats.Studies:N0} studies, {stats.Findings:N0} findings, {stats.Themes} themes, {stats.Relationships:N0} relationships");
                return PeerGraphCommandLine.Ok;
            }, ct, store: true, overrides);
        });
        return command;
    }

    private static void WriteWarnings(SeedReadResult result, TextWriter error)
    {
        foreach (var warning in result.Warnings)
        {
            error.WriteLine($"warning: {warning}");
        }
    }

    private static int Report(SeedReadResult result, TextWriter error)
    {
        foreach (var problem in result.Problems.Take(MaxProblemsShown))
        {
            error.WriteLine(problem);
        }
        if (result.Problems.Count > MaxProblemsShown)
        {
            error.WriteLine($"... and {result.Problems.Count - MaxProblemsShown} more problems");
        }
        error.WriteLine($"invalid seed: {result.Problems.Count} problem(s); nothing was loaded");
        return PeerGraphCommandLine.InvalidInput;
    }
}
