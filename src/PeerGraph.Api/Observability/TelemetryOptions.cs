namespace PeerGraph.Api.Observability;

/// <summary>
/// Where metrics and traces go (configuration section <c>PeerGraph:Telemetry</c>). Both exporters are off by default;
/// with neither configured OpenTelemetry is not started at all. The per-request log line is always written (at
/// Information, category <c>PeerGraph.Api.Observability.RequestLog</c>).
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "PeerGraph:Telemetry";

    /// <summary>An OTLP collector (e.g. <c>http://localhost:4317</c>) to send traces and metrics to. Default: none.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Serve metrics for Prometheus to scrape at <c>/metrics</c>. Default false.</summary>
    public bool Prometheus { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(OtlpEndpoint) || Prometheus;
}
