using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Hosting;

/// <summary>
/// At start-up: brings the store's schema up to date and, when the store is empty, loads the seed by the same rules as
/// <c>seed load</c> (<see cref="SeedSource"/>: size limit, evidence check, a warning for each check that cannot run).
/// </summary>
public sealed class SeedOnStartup(IGraphStore store, SeedSource seeds, IOptions<PeerGraphOptions> options, ILogger<SeedOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await StoreStartup.InitializeAsync(store, options.Value, cancellationToken);
        if (!await store.IsEmptyAsync(cancellationToken))
        {
            return;
        }
        var (path, result) = await seeds.OpenAsync(null, cancellationToken);
        if (!result.IsValid)
        {
            throw Invalid(path, result.Problems);
        }
        try
        {
            // A bundle's studies are checked as they are written; when one fails, the load rolls back.
            await store.LoadSeedAsync(result.Seed!, cancellationToken: cancellationToken);
        }
        catch (InvalidSeedException e)
        {
            throw Invalid(path, e.Problems);
        }
        // The load made garbage in proportion to the seed (100,000 studies read one at a time): collect it once now,
        // before requests come, instead of in the pauses of the first requests.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        foreach (var warning in result.Seed!.Warnings)
        {
            logger.LogWarning("Seed {SeedPath}: {Warning}", path, warning);
        }
        logger.LogInformation("Seeded the empty store from {SeedPath}: {Studies} studies", path, result.Seed!.StudyCount);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static PeerGraphStartupException Invalid(string path, IReadOnlyList<SeedProblem> problems) => new(
        $"The store is empty and the seed at {path} is invalid ({problems.Count} problem(s), the first: {problems.FirstOrDefault()}): " +
        $"run `seed validate {path}` for all of them, or set PeerGraph:SeedPath to a valid seed.",
        PeerGraphStartupException.InvalidInput);
}
