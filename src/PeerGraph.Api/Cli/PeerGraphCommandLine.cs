using System.CommandLine;

namespace PeerGraph.Api.Cli;

/// <summary>The one program: <c>serve</c> (default), <c>seed validate|load</c>, <c>export</c>, <c>generate</c>.</summary>
public static class PeerGraphCommandLine
{
    public static async Task<int> InvokeAsync(string[] args)
    {
        var root = new RootCommand("PeerGraph: a knowledge graph of research on peer support work in mental health.");
        // Commands are added here as they land (serve, seed, export, generate).
        return await root.Parse(args).InvokeAsync();
    }
}
