using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage.Caching;
using PeerGraph.Sqlite;

namespace PeerGraph.Api.Hosting;

/// <summary>
/// The service's own settings (configuration section <c>PeerGraph</c>; environment <c>PeerGraph__Key</c>). Relative
/// paths are taken from the directory the program was started in (with <c>dotnet run</c>: where it was typed).
/// </summary>
public sealed class PeerGraphOptions
{
    public const string Section = "PeerGraph";

    /// <summary>Which store holds the graph: <c>sqlite</c> (default) or <c>neo4j</c>.</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>Folder of the SQLite database (<c>peergraph.db</c>); default <c>./data</c>.</summary>
    public string DataDir { get; set; } = "./data";

    /// <summary>
    /// Bytes of the SQLite file each read connection maps into memory (SQLite's <c>mmap_size</c>); default 0: read through
    /// system calls, which costs less than a map once writes come (up to 2147418112, the bundled SQLite's most). See SqliteStoreOptions.MemoryMapBytes.
    /// </summary>
    public long SqliteMemoryMapBytes { get; set; } = new SqliteStoreOptions().MemoryMapBytes;

    /// <summary>
    /// Most answers kept in memory by the answer cache in front of either store, each until a write touches what it
    /// depends on, counted in records; default 10,000 (see CachingGraphStoreOptions.Entries); 0 turns the cache off. See CachingGraphStore.
    /// </summary>
    public int QuestionCacheEntries { get; set; } = new CachingGraphStoreOptions().Entries;

    /// <summary>
    /// Keep every answer at its question's first ask; default false: at its second ask, remembering up to
    /// <see cref="QuestionCacheEntries"/> new questions at a time. See CachingGraphStoreOptions.KeepsFirstAnswers.
    /// </summary>
    public bool QuestionCacheKeepsFirstAnswers { get; set; } = new CachingGraphStoreOptions().KeepsFirstAnswers;

    /// <summary>Seed loaded into an empty store at start-up: a seed directory or a bundle file. Default: the repository's <c>seed/</c>.</summary>
    public string? SeedPath { get; set; }

    /// <summary>How seeds are read, by <c>serve</c> and every <c>seed</c> command alike (section <c>PeerGraph:Seed</c>).</summary>
    public SeedSettings Seed { get; set; } = new();

    /// <summary>API keys that may run mutations (sent as <c>Authorization: Bearer &lt;key&gt;</c>). None by default: no mutations.</summary>
    public string[] ApiKeys { get; set; } = [];
}

/// <summary>Section <c>PeerGraph:Seed</c>.</summary>
public sealed class SeedSettings
{
    /// <summary>Largest seed file read, in bytes; default 1 GiB.</summary>
    public long MaxFileBytes { get; set; } = SeedReadOptions.DefaultMaxFileBytes;

    /// <summary>
    /// Folder of the source documents that each study's <c>source.file</c> names, to check evidence against.
    /// Default: the <c>sources/</c> folder of a seed directory (or beside a bundle file).
    /// </summary>
    public string? SourcesDir { get; set; }
}

/// <summary>Checks <see cref="PeerGraphOptions"/> at start-up; each failure names its key and what to do.</summary>
internal sealed class PeerGraphOptionsValidator : IValidateOptions<PeerGraphOptions>
{
    public static readonly string[] Stores = ["sqlite", "neo4j"];

    public ValidateOptionsResult Validate(string? name, PeerGraphOptions options)
    {
        var failures = new List<string>();
        if (!Stores.Contains(options.Store, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"PeerGraph:Store is '{options.Store}': use one of {string.Join(", ", Stores)}");
        }
        if (string.IsNullOrWhiteSpace(options.DataDir))
        {
            failures.Add("PeerGraph:DataDir is empty: give the folder for the SQLite database (default ./data)");
        }
        if (options.QuestionCacheEntries < 0)
        {
            failures.Add($"PeerGraph:QuestionCacheEntries is {options.QuestionCacheEntries}: give 0 (no cache) or more");
        }
        if (options.SeedPath is { Length: > 0 } seed && !File.Exists(seed) && !Directory.Exists(seed))
        {
            failures.Add($"PeerGraph:SeedPath is '{seed}' ({Path.GetFullPath(seed)}), which does not exist: give a seed directory or bundle file");
        }
        if (options.Seed.MaxFileBytes <= 0)
        {
            failures.Add($"PeerGraph:Seed:MaxFileBytes is {options.Seed.MaxFileBytes}: give a positive number of bytes");
        }
        if (options.Seed.SourcesDir is { Length: > 0 } sources && !Directory.Exists(sources))
        {
            failures.Add($"PeerGraph:Seed:SourcesDir is '{sources}' ({Path.GetFullPath(sources)}), which is not a folder: give the folder of source documents");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

public static class PeerGraphOptionsServiceCollectionExtensions
{
    /// <summary>Binds <see cref="PeerGraphOptions"/>, validated when the host starts, and the one way every command reads seeds.</summary>
    public static IServiceCollection AddPeerGraphOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PeerGraphOptions>().Bind(configuration.GetSection(PeerGraphOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PeerGraphOptions>, PeerGraphOptionsValidator>();
        services.AddSingleton<SeedSource>();
        return services;
    }
}
