using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeerGraph.Api.Hosting;
using PeerGraph.Sqlite;

namespace PeerGraph.Api.Cli;

/// <summary>
/// <c>backup --output FILE</c>: a consistent copy of the SQLite database, taken with SQLite's online backup API while the
/// service may be running and writing, then checked with <c>PRAGMA integrity_check</c>.
/// </summary>
internal static class BackupCommand
{
    public static Command Create(Invocation invocation)
    {
        var output = new Option<FileInfo>("--output") { Description = "Database file to write (relative to the current directory); must not exist yet.", Required = true };
        var command = new Command("backup", "Copy the SQLite database to a file, safely while the service runs.") { output };
        command.SetAction((parse, ct) => CommandHost.RunAsync(invocation, async (services, ct) =>
        {
            var options = services.GetRequiredService<IOptions<PeerGraphOptions>>().Value;
            if (!options.Store.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
            {
                throw new PeerGraphStartupException($"backup copies the SQLite database, and PeerGraph:Store is '{options.Store}': for Neo4j use neo4j-admin database dump, or export --format cypher.", PeerGraphCommandLine.InvalidInput);
            }
            var database = new SqliteStoreOptions { DataDirectory = options.DataDir }.DatabasePath;
            if (!File.Exists(database))
            {
                throw new PeerGraphStartupException($"There is no database at {database}: check PeerGraph:DataDir ('{options.DataDir}').", PeerGraphCommandLine.InvalidInput);
            }
            var file = parse.GetValue(output)!;
            if (file.Exists)
            {
                throw new PeerGraphStartupException($"{file.FullName} exists already: choose a new file name, or delete it first.", PeerGraphCommandLine.InvalidInput);
            }
            var integrity = await SqliteMaintenance.BackupAsync(database, file.FullName, ct);
            if (integrity != "ok")
            {
                throw new PeerGraphStartupException($"The copy at {file.FullName} failed SQLite's integrity check ({integrity}): do not rely on it.", PeerGraphCommandLine.Unavailable);
            }
            file.Refresh();
            parse.InvocationConfiguration.Output.WriteLine($"Backed up {database} to {file.FullName} ({file.Length / 1024.0:N0} KiB, integrity ok)");
            return PeerGraphCommandLine.Ok;
        }, ct));
        return command;
    }
}
