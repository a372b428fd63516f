using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Hosting;

/// <summary>
/// After seeding, before the server takes requests: the store builds what it keeps in memory for reads
/// (<see cref="IGraphStore.WarmUpAsync"/>), so the first searches and study pages do not wait for it.
/// </summary>
public sealed class WarmUpOnStartup(IGraphStore store, ILogger<WarmUpOnStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = TimeProvider.System.GetTimestamp();
        await store.WarmUpAsync(cancellationToken);
        logger.LogInformation("Store warmed up in {Elapsed}", TimeProvider.System.GetElapsedTime(started));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
