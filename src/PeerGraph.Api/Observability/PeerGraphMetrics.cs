using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PeerGraph.Api.Observability;

/// <summary>
/// The service's own instruments (meter <c>PeerGraph</c>): how long GraphQL operations and store calls take, by kind
/// and outcome. Operation names are not used as tags: clients choose them, so their number has no bound.
/// </summary>
public sealed class PeerGraphMetrics
{
    public const string MeterName = "PeerGraph";

    private readonly Histogram<double> _operations;
    private readonly Histogram<double> _storeCalls;

    public PeerGraphMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _operations = meter.CreateHistogram<double>("peergraph.graphql.operation.duration", "s",
            "Time to parse, validate and execute a GraphQL operation, by operation type and outcome (ok, field_errors, refused).");
        _storeCalls = meter.CreateHistogram<double>("peergraph.store.call.duration", "s",
            "Time of a call to the graph store, by method and outcome (ok, error, cancelled).");
    }

    /// <summary>Whether anything listens to the operation durations (a measurement nobody listens to is not worth taking).</summary>
    public bool OperationsObserved => _operations.Enabled;

    public void RecordOperation(string operationType, string outcome, TimeSpan elapsed) =>
        _operations.Record(elapsed.TotalSeconds, new TagList { { "graphql.operation.type", operationType }, { "outcome", outcome } });

    public void RecordStoreCall(string method, string outcome, TimeSpan elapsed) =>
        _storeCalls.Record(elapsed.TotalSeconds, new TagList { { "store.method", method }, { "outcome", outcome } });
}
