using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Hosting;

/// <summary>At start-up: brings the store's schema up to date and, when the store is empty, loads the seed.</summary>
public sealed class SeedOnStartup(IGraphStore store, IOptions<PeerGraphOptions> options, ILogger<SeedOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        if (!await store.IsEmptyAsync(cancellationToken))
        {
            return;
        }
        var path = options.Value.SeedPath ?? SeedLocator.FindDefaultSeed()
            ?? throw new InvalidOperationException("The store is empty and no seed was found: set PeerGraph:SeedPath to a seed directory or bundle.");
        var result = await SeedReader.ReadAsync(path, SeedReadOptions.Default, cancellationToken);
        if (!result.IsValid)
        {
            throw new InvalidOperationException($"The seed at {path} is invalid, nothing was loaded:\n" + string.Join("\n", result.Problems.Take(50)));
        }
        await store.LoadSeedAsync(result.Graph!, cancellationToken: cancellationToken);
        logger.LogInformation("Seeded the empty store from {SeedPath}: {Studies} studies", path, result.Graph!.Studies.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
