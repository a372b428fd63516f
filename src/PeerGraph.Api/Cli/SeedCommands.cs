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
            var (seedPath, result) = await services.GetRequiredService<SeedSource>().CheckAsync(parse.GetValue(path), ct);
            if (!result.IsValid)
            {
                return Report(result.Problems, parse.InvocationConfiguration.Error);
            }
            WriteWarnings(result.Warnings, parse.InvocationConfiguration.Error);
            var seed = result.Seed!;
            parse.InvocationConfiguration.Output.WriteLine($"{seedPath}: valid: {seed.StudyCount} studies, {seed.FindingCount ?? 0} findings, {seed.Themes.Count} themes, {seed.Groups.Count} groups, {seed.Methods.Count} methods");
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
                // One pass over a bundle's studies: each is checked as it is written, and when any breaks a rule the load
                // rolls back and every problem is reported, as by `seed validate`.
                var (seedPath, result) = await services.GetRequiredService<SeedSource>().OpenAsync(parse.GetValue(path), ct);
                if (!result.IsValid)
                {
                    return Report(result.Problems, parse.InvocationConfiguration.Error);
                }
                var seed = result.Seed!;
                parse.InvocationConfiguration.Output.WriteLine($"Read {seedPath} in {clock.Elapsed.TotalSeconds:0.0} s: {seed.StudyCount:N0} studies, checked as they are loaded");
                var target = services.GetRequiredService<IGraphStore>();
                var progress = ProgressLine.For("Loading studies", parse.InvocationConfiguration.Output);
                progress.Total = seed.StudyCount;
                try
                {
                    await target.LoadSeedAsync(seed, new Progress<SeedLoadProgress>(p => progress.Report(p.StudiesWritten)), ct);
                }
                catch (InvalidSeedException e)
                {
                    return Report(e.Problems, parse.InvocationConfiguration.Error);
                }
                WriteWarnings(seed.Warnings, parse.InvocationConfiguration.Error);
                var stats = await target.StatsAsync(ct);
                parse.InvocationConfiguration.Output.WriteLine($"Loaded in {clock.Elapsed.TotalSeconds:0.0} s: {stats.Studies:N0} studies, {stats.Findings:N0} findings, {stats.Themes} themes, {stats.Relationships:N0} relationships");
                return PeerGraphCommandLine.Ok;
            }, ct, store: true, overrides);
        });
        return command;
    }

    private static void WriteWarnings(IReadOnlyList<string> warnings, TextWriter error)
    {
        foreach (var warning in warnings)
        {
            error.WriteLine($"warning: {warning}");
        }
    }

    private static int Report(IReadOnlyList<SeedProblem> problems, TextWriter error)
    {
        foreach (var problem in problems.Take(MaxProblemsShown))
        {
            error.WriteLine(problem);
        }
        if (problems.Count > MaxProblemsShown)
        {
            error.WriteLine($"... and {problems.Count - MaxProblemsShown} more problems");
        }
        error.WriteLine($"invalid seed: {problems.Count} problem(s); nothing was loaded");
        return PeerGraphCommandLine.InvalidInput;
    }
}
