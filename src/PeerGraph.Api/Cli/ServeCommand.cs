using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeerGraph.Api.Hosting;

namespace PeerGraph.Api.Cli;

/// <summary><c>serve [--port N | --urls URLS]</c>: the GraphQL API over HTTP; every other setting as <c>--PeerGraph:Key=value</c> (listed by <c>serve --help</c>).</summary>
internal static class ServeCommand
{
    public static Command Create(Invocation invocation, Option<bool> verbose)
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, separated by ';' (default http://localhost:5080).", HelpName = "URLS" };
        var port = new Option<int?>("--port") { Description = "Listen on http://localhost:PORT (instead of --urls).", HelpName = "PORT" };
        port.CustomParser = r => NumberArguments.InRange(r, "--port", "a port number", 1, 65535);
        var command = new Command("serve", "Serve the GraphQL API (default: http://localhost:5080, SQLite store, seeded when empty).") { urls, port };
        command.Validators.Add(r =>
        {
            if (r.GetResult(urls) is not null && r.GetResult(port) is not null)
            {
                r.AddError("--port and --urls both say where to listen: give one.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var address = parse.GetValue(port) is { } p ? $"http://localhost:{p}" : parse.GetValue(urls);
            string[] args = [.. invocation.Settings, .. address is null ? Array.Empty<string>() : [$"--urls={address}"]];
            var app = PeerGraphWebApplication.Build(args, builder =>
            {
                if (!parse.GetValue(verbose))
                {
                    // A failed start is reported once, as one line (Cli/ErrorReport.cs), not logged with its stack trace as well.
                    builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
                }
            });
            await app.StartAsync(cancellationToken);
            foreach (var listening in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            {
                parse.InvocationConfiguration.Output.WriteLine($"PeerGraph GraphQL API listening on {listening.TrimEnd('/')}/graphql");
            }
            await app.WaitForShutdownAsync(cancellationToken);
            await app.DisposeAsync();
            return PeerGraphCommandLine.Ok;
        });
        return command;
    }
}
