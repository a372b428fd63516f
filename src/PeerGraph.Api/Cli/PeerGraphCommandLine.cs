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

    /// <summary>
    /// Configuration overrides (<c>--PeerGraph:DataDir=/x</c> or <c>--PeerGraph:DataDir /x</c>: a key with a section) are
    /// taken out before parsing, so they never land in a positional argument such as <c>seed load [PATH]</c>.
    /// </summary>
    internal static (string[] Args, string[] Settings) SplitSettings(string[] args)
    {
        var rest = new List<string>();
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var token = args[i];
            var key = token.Split('=', 2)[0];
            if (token.StartsWith("--", StringComparison.Ordinal) && key.Contains(':', StringComparison.Ordinal))
            {
                settings.Add(token.Contains('=', StringComparison.Ordinal) || i + 1 >= args.Length ? token : $"{token}={args[++i]}");
            }
            else
            {
                rest.Add(token);
            }
        }
        return ([.. rest], [.. settings]);
    }

    private static IEnumerable<Command> CommandsBeyondServe() => [SeedCommands.Create(), ExportCommand.Create(), GenerateCommand.Create()];

    public static async Task<int> InvokeAsync(string[] args)
    {
        (args, var settings) = SplitSettings(args);
        CliContext.Settings = settings;
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
