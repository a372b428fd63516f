using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PeerGraph.Core.Export;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Cli;

/// <summary>
/// <c>export --format bundle|graphml|cypher|csv|ris|bibtex --output FILE</c>: the stored graph as a seed bundle, GraphML
/// or a Cypher script; its studies as CSV; their references as RIS or BibTeX.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(Invocation invocation)
    {
        var format = new Option<string>("--format")
        {
            Description = "bundle (seed bundle JSON), graphml, cypher (a script for an empty Neo4j), csv (the studies), ris or bibtex (their references).",
            Required = true,
        };
        format.AcceptOnlyFromAmong("bundle", "graphml", "cypher", "csv", "ris", "bibtex");
        var output = new Option<FileInfo>("--output") { Description = "File to write (relative to the current directory).", Required = true };
        var command = new Command("export", "Write the stored graph to a file.") { format, output };
        command.SetAction((parse, ct) => CommandHost.RunAsync(invocation, async (services, ct) =>
        {
            var store = services.GetRequiredService<IGraphStore>();
            var stats = await store.StatsAsync(ct);
            var progress = ProgressLine.For("Exporting studies", parse.InvocationConfiguration.Output);
            progress.Total = stats.Studies;
            var graph = await GraphExporter.ExportAsync(store, progress, ct);
            var file = parse.GetValue(output)!;
            await using (var stream = file.Create())
            {
                switch (parse.GetValue(format))
                {
                    case "graphml":
                        GraphMlWriter.Write(graph, stream);
                        break;
                    case "cypher":
                        await using (var writer = new StreamWriter(stream))
                        {
                            Neo4j.Export.CypherScriptWriter.Write(graph, writer);
                        }
                        break;
                    case "csv":
                        await using (var writer = new StreamWriter(stream))
                        {
                            StudyCsvWriter.Write(graph.Studies, writer);
                        }
                        break;
                    case "ris":
                        await using (var writer = new StreamWriter(stream))
                        {
                            RisWriter.Write(graph.Studies, writer);
                        }
                        break;
                    case "bibtex":
                        await using (var writer = new StreamWriter(stream))
                        {
                            BibTexWriter.Write(graph.Studies, writer);
                        }
                        break;
                    default:
                        await SeedBundleWriter.WriteAsync(graph, stream, ct);
                        break;
                }
            }
            parse.InvocationConfiguration.Output.WriteLine($"Wrote {graph.Studies.Count:N0} studies to {file.FullName}");
            return PeerGraphCommandLine.Ok;
        }, ct, store: true));
        return command;
    }
}
