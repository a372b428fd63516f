using System.CommandLine;

namespace PeerGraph.Api.Cli;

/// <summary>The one program: <c>serve</c> (default), <c>seed validate|load</c>, <c>export</c>, <c>generate</c>. Exit codes: 0 ok, 1 invalid input, 2 usage.</summary>
public static class PeerGraphCommandLine
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;

    public static RootCommand Create()
    {
        var root = new RootCommand("PeerGraph: a knowledge graph of research on peer support work in mental health.")
        {
            ServeCommand.Create(),
        };
        foreach (var command in CommandsBeyondServe())
        {
            root.Subcommands.Add(command);
        }
        return root;
    }

    private static IEnumerable<Command> CommandsBeyondServe() => [SeedCommands.Create(), ExportCommand.Create(), GenerateCommand.Create()];

    public static async Task<int> InvokeAsync(string[] args)
    {
        var root = Create();
        // serve is the default: no command at all, or only options (--urls ...), means serve.
        if (args.Length == 0 || (args[0].StartsWith('-') && args[0] is not ("-h" or "--help" or "-?" or "--version")))
        {
            args = ["serve", .. args];
        }
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                Console.Error.WriteLine(error.Message);
            }
            return Usage;
        }
        return await parse.InvokeAsync();
    }
}
