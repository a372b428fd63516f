using System.CommandLine;
using System.CommandLine.Parsing;
using PeerGraph.Api.Hosting;
using PeerGraph.Core.Generation;
using PeerGraph.Core.Seed;

namespace PeerGraph.Api.Cli;

/// <summary><c>generate --studies N --seed S --output FILE</c>: a deterministic synthetic bundle shaped like the curated seed.</summary>
internal static class GenerateCommand
{
    public const int MaxStudies = 1_000_000;

    public static Command Create(Invocation invocation)
    {
        var studies = new Option<int>("--studies")
        {
            Description = $"How many studies (1 to {MaxStudies:N0}).",
            Required = true,
            CustomParser = r => NumberArguments.InRange(r, "--studies", "a whole number", 1, MaxStudies) ?? 0,
        };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same file.", DefaultValueFactory = _ => 42 };
        var output = new Option<FileInfo>("--output") { Description = "Bundle file to write (relative to the current directory).", Required = true };
        var template = new Option<string?>("--template") { Description = "Seed whose taxonomy and distributions to follow (default: the repository's seed/)." };
        var command = new Command("generate", "Generate a synthetic seed bundle.") { studies, seed, output, template };
        command.SetAction((parse, ct) => CommandHost.RunAsync(invocation, async (services, ct) =>
        {
            var templatePath = parse.GetValue(template) ?? SeedLocator.FindDefaultSeed();
            var read = templatePath is null ? null : await SeedReader.ReadAsync(templatePath, cancellationToken: ct);
            if (read?.Graph is not { } templateGraph)
            {
                parse.InvocationConfiguration.Error.WriteLine($"The template seed {templatePath ?? "(none found)"} is missing or invalid: pass --template PATH.");
                return PeerGraphCommandLine.InvalidInput;
            }
            var count = parse.GetValue(studies);
            var graph = new SyntheticSeedGenerator(templateGraph).Generate(count, parse.GetValue(seed));
            var file = parse.GetValue(output)!;
            await SeedBundleWriter.WriteFileAsync(graph, file.FullName, ct);
            parse.InvocationConfiguration.Output.WriteLine($"Wrote {count:N0} synthetic studies ({graph.Studies.Sum(s => s.Findings.Count):N0} findings) to {file.FullName}");
            return PeerGraphCommandLine.Ok;
        }, ct));
        return command;
    }
}
