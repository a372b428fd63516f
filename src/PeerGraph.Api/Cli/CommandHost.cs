using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeerGraph.Api.Hosting;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.Cli;

/// <summary>
/// The generic host every command other than <c>serve</c> runs in, so that it reads configuration from the same sources
/// as the service (appsettings.json and appsettings.{Environment}.json, DOTNET_/ASPNETCORE_ and plain environment
/// variables, <c>--PeerGraph:Key=value</c> arguments) and its options are validated the same way when it starts.
/// </summary>
internal static class CommandHost
{
    /// <summary>Runs <paramref name="body"/> in a started host; with <paramref name="store"/>, the store is opened first and checkpointed at the end.</summary>
    public static async Task<int> RunAsync(
        Invocation invocation,
        Func<IServiceProvider, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken,
        bool store = false,
        IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = CreateBuilder(invocation.Settings, overrides);
        builder.Services.AddPeerGraphOptions(builder.Configuration);
        if (store)
        {
            builder.Services.AddPeerGraphStore(builder.Configuration);
            builder.Services.AddHostedService<CheckpointOnShutdown>();
        }
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            if (store)
            {
                await StoreStartup.InitializeAsync(host.Services.GetRequiredService<IGraphStore>(), host.Services.GetRequiredService<IOptions<PeerGraphOptions>>().Value, cancellationToken);
            }
            return await body(host.Services, cancellationToken);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    internal static HostApplicationBuilder CreateBuilder(IEnumerable<string> settings, IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        // WebApplication.CreateBuilder also reads ASPNETCORE_-prefixed variables (ASPNETCORE_ENVIRONMENT); so do commands.
        var configuration = new ConfigurationManager();
        configuration.AddEnvironmentVariables("ASPNETCORE_");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. settings],
            Configuration = configuration,
            // As serve: appsettings.json from the working directory when it has one, else from beside the program.
            ContentRootPath = File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? Directory.GetCurrentDirectory() : AppContext.BaseDirectory,
        });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }
        // Commands talk to a person on the console: their own output only, and warnings on standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        return builder;
    }
}
