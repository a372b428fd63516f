using Microsoft.Extensions.Diagnostics.HealthChecks;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Hosting;

/// <summary>Readiness: the store answers and its schema is current.</summary>
public sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await store.IsReadyAsync(cancellationToken) ? HealthCheckResult.Healthy("store ready") : HealthCheckResult.Unhealthy("store not ready");
}
