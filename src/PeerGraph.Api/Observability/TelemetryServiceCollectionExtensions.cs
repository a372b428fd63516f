using GraphQL.DI;
using GraphQL.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Observability;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>
    /// The GraphQL operation meter, always; and, when an exporter is configured (<see cref="TelemetryOptions"/>),
    /// OpenTelemetry with ASP.NET Core's and GraphQL.NET's instrumentation, the store-call meter and the exporters.
    /// Call after the store is registered: the store is decorated.
    /// </summary>
    public static IServiceCollection AddPeerGraphTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.Section))
            .Validate(o => string.IsNullOrWhiteSpace(o.OtlpEndpoint) || IsHttpUrl(o.OtlpEndpoint),
                "PeerGraph:Telemetry:OtlpEndpoint must be an absolute http(s) URL, such as http://localhost:4317.")
            .ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<PeerGraphMetrics>();
        services.AddSingleton<IConfigureExecution, OperationMetrics>();

        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.Enabled)
        {
            return services;
        }
        DecorateStore(services);
        var otlp = IsHttpUrl(options.OtlpEndpoint) ? new Uri(options.OtlpEndpoint!) : null;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("peergraph"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter(PeerGraphMetrics.MeterName);
                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            })
            .WithTracing(tracing =>
            {
                tracing.AddAspNetCoreInstrumentation().AddSource(GraphQLTelemetryProvider.SourceName);
                if (otlp is not null)
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            });
        return services;
    }

    /// <summary>Request log line per request, and /metrics when Prometheus is configured.</summary>
    public static WebApplication UsePeerGraphObservability(this WebApplication app)
    {
        app.UseMiddleware<RequestLog>();
        if (app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }
        return app;
    }

    /// <summary>
    /// Replaces the registered <see cref="IGraphStore"/> by <see cref="MeteredGraphStore"/> over it. The original
    /// registration is kept, keyed, so the container still creates and disposes the store as it did.
    /// </summary>
    private static void DecorateStore(IServiceCollection services)
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(IGraphStore) && !d.IsKeyedService);
        if (original is null)
        {
            return;
        }
        const string InnerKey = "PeerGraph.Observability.UnmeteredStore";
        services.Remove(original);
        services.Add(original switch
        {
            { ImplementationInstance: { } instance } => new ServiceDescriptor(typeof(IGraphStore), InnerKey, instance),
            { ImplementationFactory: { } factory } => new ServiceDescriptor(typeof(IGraphStore), InnerKey, (sp, _) => factory(sp), original.Lifetime),
            _ => new ServiceDescriptor(typeof(IGraphStore), InnerKey, original.ImplementationType!, original.Lifetime),
        });
        services.Add(new ServiceDescriptor(typeof(IGraphStore),
            sp => MeteredGraphStore.Wrap(sp.GetRequiredKeyedService<IGraphStore>(InnerKey), sp.GetRequiredService<PeerGraphMetrics>()), original.Lifetime));
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
