using PeerGraph.Api.Tests.Support;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Tests.Http;

/// <summary>Errors the program causes reach the client as a generic error with a correlation id, nothing more.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public async Task A_failing_store_gives_a_generic_error_with_a_correlation_id_and_no_details()
    {
        await using var app = await TestApp.StartAsync(wrapStore: inner => FailingStats.Wrap(inner));

        var body = await app.QueryAsync("{ stats { studies } }");

        var error = body["errors"]![0]!;
        Assert.Equal("INTERNAL_SERVER_ERROR", error["extensions"]!["code"]!.GetValue<string>());
        var correlationId = error["extensions"]!["correlationId"]!.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(correlationId));
        Assert.Contains(correlationId, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret", body.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", body.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>A store whose StatsAsync fails with a message that must not leave the process.</summary>
    public class FailingStats : System.Reflection.DispatchProxy
    {
        private IGraphStore _inner = null!;

        public static IGraphStore Wrap(IGraphStore inner)
        {
            var proxy = Create<IGraphStore, FailingStats>();
            ((FailingStats)(object)proxy)._inner = inner;
            return proxy;
        }

        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args) =>
            targetMethod!.Name == nameof(IGraphStore.StatsAsync)
                ? Task.FromException<GraphStatistics>(new InvalidOperationException("secret: SELECT * FROM study failed"))
                : targetMethod.Invoke(_inner, args);
    }
}
