using System.CommandLine;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Cli;

/// <summary><c>export --format bundle|graphml --output FILE</c>: the stored graph as a seed bundle or as GraphML.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "bundle (seed bundle JSON) or graphml.", Required = true };
        format.AcceptOnlyFromAmong("bundle", "graphml");
        var output = new Option<FileInfo>("--output") { Description = "File to write.", Required = true };
        var command = new Command("export", "Write the stored graph to a file.") { format, output };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var store = await CliContext.OpenStoreAsync(CliContext.Configuration(parse.UnmatchedTokens), ct);
            var stats = await store.StatsAsync(ct);
            var progress = ProgressLine.ForConsole("Exporting studies");
            progress.Total = stats.Studies;
            var graph = await GraphExporter.ExportAsync(store, progress, ct);
            var file = parse.GetValue(output)!;
            await using (var stream = file.Create())
            {
                if (parse.GetValue(format) == "graphml")
                {
                    GraphMlWriter.Write(graph, stream);
                }
                else
                {
                    await SeedBundleWriter.WriteAsync(graph, stream, ct);
                }
            }
            Console.WriteLine($"Wrote {graph.Studies.Count:N0} studies to {file.FullName}");
            return PeerGraphCommandLine.Ok;
        });
        return command;
    }
}
