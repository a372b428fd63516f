using System.CommandLine;
using System.CommandLine.Help;
using PeerGraph.Api.Hosting;

namespace PeerGraph.Api.Cli;

/// <summary>
/// The one program: <c>serve</c> (default), <c>seed validate|load</c>, <c>export</c>, <c>generate</c>, <c>backup</c>.
/// Exit codes: 0 ok, 1 invalid input (a seed, a setting's value), 2 usage (the command line), 3 unavailable (a port in
/// use, a data folder that cannot be written, a store that does not answer) or an unexpected error.
/// </summary>
public static class PeerGraphCommandLine
{
    public const int Ok = 0;
    public const int InvalidInput = PeerGraphStartupException.InvalidInput;
    public const int Usage = 2;
    public const int Unavailable = PeerGraphStartupException.Unavailable;

    internal static RootCommand Create(Invocation invocation)
    {
        var verbose = new Option<bool>("--verbose") { Description = "Show the stack trace of an error.", Recursive = true };
        var root = new RootCommand("PeerGraph: a knowledge graph of research on peer support work in mental health.")
        {
            ServeCommand.Create(invocation, verbose),
            SeedCommands.Create(invocation),
            ExportCommand.Create(invocation),
            GenerateCommand.Create(invocation),
            BackupCommand.Create(invocation),
        };
        root.Options.Add(verbose);
        var help = root.Options.OfType<HelpOption>().Single();
        if (help.Action is HelpAction standard)
        {
            help.Action = new SettingsHelp.Action(standard);
        }
        return root;
    }

    /// <summary>
    /// Configuration settings (<c>--PeerGraph:DataDir=/x</c> or <c>--PeerGraph:DataDir /x</c>: a key with a section) are
    /// taken out before parsing: they go to the host's configuration, never to a positional argument such as
    /// <c>seed load [PATH]</c>. Any other unknown option is a usage error.
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

    public static Task<int> InvokeAsync(string[] args) => InvokeAsync(args, Console.Out, Console.Error);

    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error)
    {
        (args, var settings) = SplitSettings(args);
        var root = Create(new Invocation(settings));
        // serve is the default: no command at all, or only options (--port ...), means serve.
        var first = args.FirstOrDefault(a => a != "--verbose");
        if (first is null || (first.StartsWith('-') && first is not ("-h" or "--help" or "-?" or "--version")))
        {
            args = ["serve", .. args];
        }
        var parse = root.Parse(args);
        var verbose = args.Contains("--verbose");
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine(problem.Message);
            }
            error.WriteLine($"See `{string.Join(' ', CommandPath(parse))} --help`.");
            return Usage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = error });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ErrorReport.Write(e, verbose, error);
        }
    }

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Parent is null ? "peergraph" : result.Command.Name);
        }
        return names;
    }
}
