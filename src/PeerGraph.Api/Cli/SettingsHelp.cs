using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace PeerGraph.Api.Cli;

/// <summary>
/// The settings section of <c>serve --help</c>: each key, its default and meaning (README "Configuration" says the same).
/// A setting added to the service is added here too.
/// </summary>
internal static class SettingsHelp
{
    public static readonly IReadOnlyList<(string Key, string Default, string Meaning)> Settings =
    [
        ("urls", "http://localhost:5080", "where the API listens (also --urls, --port, ASPNETCORE_URLS)"),
        ("PeerGraph:Store", "sqlite", "sqlite, or neo4j (with Neo4j:Uri, Neo4j:Password, ...)"),
        ("PeerGraph:DataDir", "./data", "folder of the SQLite database peergraph.db"),
        ("PeerGraph:SeedPath", "seed/", "seed loaded into an empty store at start-up (directory or bundle)"),
        ("PeerGraph:Seed:MaxFileBytes", "1073741824", "largest seed file read"),
        ("PeerGraph:Seed:SourcesDir", "<seed>/sources", "source documents that evidence is checked against"),
        ("PeerGraph:SqliteMemoryMapBytes", "0", "bytes of the SQLite file each read connection maps (mmap_size, up to 2147418112); 0 = read by system calls"),
        ("PeerGraph:QuestionCacheEntries", "10000", "answers kept in front of either store, counted in records (a page of 20 studies counts 21), each until a write touches what it depends on (Neo4j: at most 5 s); 0 = off"),
        ("PeerGraph:QuestionCacheKeepsFirstAnswers", "false", "keep an answer the first time its question is asked; false keeps it at the second ask, remembering up to QuestionCacheEntries new questions at a time"),
        ("PeerGraph:ApiKeys:0, :1, ...", "none", "keys allowed to run mutations (Authorization: Bearer <key>)"),
        ("PeerGraph:GraphQL:MaxDepth", "15", "deepest field nesting accepted"),
        ("PeerGraph:GraphQL:MaxComplexity", "250000", "GraphQL.NET complexity limit"),
        ("PeerGraph:GraphQL:MaxAliases", "100", "aliases per document"),
        ("PeerGraph:GraphQL:MaxDocumentLength", "100000", "characters per document"),
        ("PeerGraph:GraphQL:MaxRequestBodyBytes", "1048576", "request body; 413 beyond"),
        ("PeerGraph:GraphQL:DocumentCacheSize", "1000", "parsed and validated documents kept"),
        ("PeerGraph:GraphQL:MaxFields", "500", "field selections in one document (checked before validation)"),
        ("PeerGraph:GraphQL:RequestTimeout", "00:00:30", "time to parse, validate and execute one request, store calls included"),
        ("PeerGraph:GraphQL:MaxResponseBytes", "8388608", "largest answer sent; a larger one is replaced by an error"),
        ("PeerGraph:GraphQL:Introspection", "true", "false refuses __schema and __type"),
        ("PeerGraph:RateLimit:Mutations:PermitLimit / :Window", "300 / 00:01:00", "mutations per client per window; 0 = off"),
        ("PeerGraph:RateLimit:Queries:PermitLimit / :Window", "0 / 00:01:00", "queries per client per window; 0 = off"),
        ("PeerGraph:Cors:AllowedOrigins:0, :1, ...", "none", "origins browsers may call /graphql from (or *); CORS is off without one"),
        ("PeerGraph:Telemetry:OtlpEndpoint", "none", "OTLP collector for traces and metrics"),
        ("PeerGraph:Telemetry:Prometheus", "false", "true serves metrics at /metrics"),
        ("Neo4j:Uri", "http://localhost:7474", "Neo4j's HTTP endpoint (Query API)"),
        ("Neo4j:User / Neo4j:Password", "neo4j / none", "basic auth (or Neo4j:BearerToken)"),
        ("Neo4j:Database", "neo4j", "database name"),
        ("Neo4j:StartupTimeout", "00:02:00", "how long to wait for a Neo4j that is still starting"),
        ("Neo4jBrowser:Origins:0, :1, ...", "http://localhost:7474, http://127.0.0.1:7474", "Neo4j Browser origins allowed to load /neo4j/style.grass"),
    ];

    /// <summary>Help as System.CommandLine writes it, followed by the settings when the command is <c>serve</c>.</summary>
    public sealed class Action(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var exitCode = standard.Invoke(parseResult);
            if (parseResult.CommandResult.Command.Name == "serve")
            {
                Write(parseResult.InvocationConfiguration.Output);
            }
            return exitCode;
        }
    }

    public static void Write(TextWriter output)
    {
        output.WriteLine("Settings (appsettings.json; environment PeerGraph__DataDir=...; arguments --PeerGraph:DataDir=...):");
        var width = Settings.Max(s => s.Key.Length);
        foreach (var (key, value, meaning) in Settings)
        {
            output.WriteLine($"  {key.PadRight(width)}  {meaning} (default {value})");
        }
        output.WriteLine();
        output.WriteLine("Relative paths (PeerGraph:DataDir, seed paths, --output files) are taken from the directory the command was started in.");
    }
}
