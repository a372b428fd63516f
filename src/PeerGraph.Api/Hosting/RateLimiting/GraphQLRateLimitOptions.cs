using System.ComponentModel.DataAnnotations;

namespace PeerGraph.Api.Hosting.RateLimiting;

/// <summary>
/// Requests per client and time window (configuration section <c>PeerGraph:RateLimit</c>). A client is the API key it
/// sends, or else its IP address. Mutations are limited by default; queries only when configured.
/// </summary>
public sealed class GraphQLRateLimitOptions
{
    public const string Section = "PeerGraph:RateLimit";

    /// <summary>Mutations: 300 a minute per client by default.</summary>
    [Required]
    public WindowLimit Mutations { get; set; } = new() { PermitLimit = 300 };

    /// <summary>Queries: not limited by default (PermitLimit 0).</summary>
    [Required]
    public WindowLimit Queries { get; set; } = new() { PermitLimit = 0 };

    /// <summary>At most <see cref="PermitLimit"/> requests in each fixed <see cref="Window"/>; 0 turns the limit off.</summary>
    public sealed class WindowLimit
    {
        [Range(0, int.MaxValue, ErrorMessage = "PeerGraph:RateLimit:*:PermitLimit must be a whole number, 0 (no limit) or more.")]
        public int PermitLimit { get; set; }

        [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "PeerGraph:RateLimit:*:Window must be a duration (hh:mm:ss) from {1} to {2}.")]
        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
    }
}
