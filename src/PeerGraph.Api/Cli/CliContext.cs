using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PeerGraph.Api.Hosting;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Cli;

/// <summary>
/// Configuration and the store for the non-serve commands: appsettings.json, then environment variables
/// (<c>PeerGraph__DataDir</c>), then <c>--PeerGraph:DataDir=...</c> style arguments, the same keys the service reads.
/// </summary>
internal static class CliContext
{
    /// <summary>The configuration overrides of this invocation (see PeerGraphCommandLine.SplitSettings).</summary>
    public static IReadOnlyList<string> Settings { get; set; } = [];

    public static IConfiguration Configuration(IEnumerable<string> unmatchedTokens, string? store = null)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. Settings, .. unmatchedTokens]);
        if (store is not null)
        {
            builder.AddInMemoryCollection([new KeyValuePair<string, string?>("PeerGraph:Store", store)]);
        }
        return builder.Build();
    }

    public static async Task<IGraphStore> OpenStoreAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var store = new ServiceCollection().AddPeerGraphStore(configuration).BuildServiceProvider().GetRequiredService<IGraphStore>();
        await store.InitializeAsync(cancellationToken);
        return store;
    }
}
