namespace PeerGraph.Api.Hosting.RateLimiting;

/// <summary>
/// Requests per client and time window (configuration section <c>PeerGraph:RateLimit</c>). A client is the API key it
/// sends, or else its IP address. Mutations are limited by default; queries only when configured.
/// </summary>
public sealed class GraphQLRateLimitOptions
{
    public const string Section = "PeerGraph:RateLimit";

    /// <summary>Mutations: 300 a minute per client by default.</summary>
    public WindowLimit Mutations { get; set; } = new() { PermitLimit = 300 };

    /// <summary>Queries: not limited by default (PermitLimit 0).</summary>
    public WindowLimit Queries { get; set; } = new() { PermitLimit = 0 };

    /// <summary>At most <see cref="PermitLimit"/> requests in each fixed <see cref="Window"/>; 0 turns the limit off.</summary>
    public sealed class WindowLimit
    {
        public int PermitLimit { get; set; }

        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>What is wrong with the values, naming the key under <paramref name="section"/>, or null.</summary>
        public string? Problem(string section) =>
            PermitLimit < 0 ? $"{section}:PermitLimit must be a whole number, 0 (no limit) or more."
            : Window <= TimeSpan.Zero || Window > TimeSpan.FromDays(1) ? $"{section}:Window must be a duration (hh:mm:ss) above 0 and at most a day."
            : null;
    }
}
