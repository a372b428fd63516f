using PeerGraph.Core.Generation;
using PeerGraph.Core.Seed;
using PeerGraph.Sqlite;

namespace PeerGraph.Benchmarks;

/// <summary>
/// The data every benchmark runs on: 10,000 studies from PeerGraph's generator (seed 42) over the curated taxonomy,
/// loaded once into a SQLite file under the temp folder and reused by later runs; the load queries come from
/// ../shared/peer/load/queries, the same files wrk sends in bench/load-vs-peer.sh.
/// </summary>
public static class BenchmarkGraph
{
    public const int Studies = 10_000;

    public static string RepositoryRoot { get; } = FindRoot();

    public static string DataDirectory => Path.Combine(Path.GetTempPath(), $"peergraph-bench-{Studies}");

    public static string QueriesDirectory => Path.Combine(RepositoryRoot, "..", "shared", "peer", "load", "queries");

    /// <summary>The store file, generated and loaded when missing or incomplete.</summary>
    public static async Task EnsureLoadedAsync()
    {
        using var store = new SqliteGraphStore(new SqliteStoreOptions { DataDirectory = DataDirectory });
        await store.InitializeAsync();
        if ((await store.StatsAsync()).Studies == Studies)
        {
            return;
        }
        var read = await SeedReader.ReadAsync(Path.Combine(RepositoryRoot, "seed"));
        var curated = read.Graph ?? throw new InvalidOperationException("the curated seed is invalid:\n" + string.Join("\n", read.Problems));
        await store.LoadSeedAsync(new SyntheticSeedGenerator(curated).Generate(Studies, 42));
    }

    /// <summary>
    /// A consistent copy of the store file (SQLite's backup API, checked whole) in a new folder under the temp folder,
    /// for benchmarks that write: the folder.
    /// </summary>
    public static async Task<string> CopyAsync(string name)
    {
        await EnsureLoadedAsync();
        var directory = Path.Combine(Path.GetTempPath(), $"peergraph-bench-{name}-{Environment.ProcessId}");
        Directory.CreateDirectory(directory);
        var check = await SqliteMaintenance.BackupAsync(
            Path.Combine(DataDirectory, SqliteStoreOptions.DatabaseFileName), Path.Combine(directory, SqliteStoreOptions.DatabaseFileName));
        return check == "ok" ? directory : throw new InvalidOperationException($"the copy of the benchmark graph is not whole: {check}");
    }

    public static string Query(string name) => File.ReadAllText(Path.Combine(QueriesDirectory, name + ".graphql"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PeerGraph.sln")))
            {
                return directory.FullName;
            }
        }
        // BenchmarkDotNet runs each benchmark from a generated project under bin/; the working directory is the root.
        return File.Exists("PeerGraph.sln") ? Directory.GetCurrentDirectory() : throw new InvalidOperationException("run from the repository root (PeerGraph.sln not found)");
    }
}
