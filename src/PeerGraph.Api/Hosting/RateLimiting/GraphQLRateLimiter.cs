using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace PeerGraph.Api.Hosting.RateLimiting;

/// <summary>
/// Per-client fixed-window limits on GraphQL requests, one for mutations and one for queries, built on the rate
/// limiters ASP.NET Core's rate-limiting middleware uses (System.Threading.RateLimiting). The middleware itself cannot
/// be used: it decides before the endpoint runs, and whether a request is a mutation is known only once its document
/// is parsed, in the endpoint.
/// </summary>
public sealed class GraphQLRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string>? _mutations;
    private readonly PartitionedRateLimiter<string>? _queries;

    public GraphQLRateLimiter(IOptions<GraphQLRateLimitOptions> options)
    {
        _mutations = Create(options.Value.Mutations);
        _queries = Create(options.Value.Queries);
    }

    /// <summary>A lease for one request of the client; when it is not acquired, <paramref name="retryAfter"/> says when to try again.</summary>
    public RateLimitLease Acquire(HttpContext http, bool mutation, out TimeSpan? retryAfter)
    {
        retryAfter = null;
        var limiter = mutation ? _mutations : _queries;
        if (limiter is null)
        {
            return NoLimit.Lease;
        }
        var lease = limiter.AttemptAcquire(ClientOf(http));
        if (!lease.IsAcquired && lease.TryGetMetadata(MetadataName.RetryAfter, out var after))
        {
            retryAfter = after;
        }
        return lease;
    }

    /// <summary>
    /// The authenticated API key (its hash, from <see cref="ApiKeyAuthenticationHandler.KeyIdClaim"/>, so the header's
    /// spelling does not matter), else the remote address.
    /// </summary>
    internal static string ClientOf(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && http.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value is { } keyId
            ? "key:" + keyId
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static PartitionedRateLimiter<string>? Create(GraphQLRateLimitOptions.WindowLimit limit) =>
        limit.PermitLimit <= 0
            ? null
            : PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

    public void Dispose()
    {
        _mutations?.Dispose();
        _queries?.Dispose();
    }

    private sealed class NoLimit : RateLimitLease
    {
        public static readonly RateLimitLease Lease = new NoLimit();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
