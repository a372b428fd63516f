using PeerGraph.Api.Cli;

namespace PeerGraph.Api.Tests.Cli;

/// <summary>One run of the program in process, with what it wrote to standard output and standard error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the program; a run still going after <paramref name="timeout"/> (a server that started) fails the test.</summary>
    public static async Task<CliRun> RunAsync(string[] args, TimeSpan? timeout = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var run = PeerGraphCommandLine.InvokeAsync(args, output, error);
        var finished = await Task.WhenAny(run, Task.Delay(timeout ?? TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken));
        Assert.True(finished == run, $"peergraph {string.Join(' ', args)} did not end: {output}{error}");
        return new CliRun(await run, output.ToString(), error.ToString());
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
