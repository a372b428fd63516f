using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PeerGraph.Api.Hosting;

namespace PeerGraph.Api.Cli;

/// <summary><c>serve</c>: the GraphQL API over HTTP. Options it does not know (--urls, --PeerGraph:DataDir=...) go to ASP.NET Core's configuration.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Serve the GraphQL API (default: http://localhost:5080, SQLite store, seeded when empty).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var app = PeerGraphWebApplication.Build([.. CliContext.Settings, .. parse.UnmatchedTokens]);
            await app.StartAsync(cancellationToken);
            foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            {
                Console.WriteLine($"PeerGraph GraphQL API listening on {address.TrimEnd('/')}/graphql");
            }
            await app.WaitForShutdownAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
