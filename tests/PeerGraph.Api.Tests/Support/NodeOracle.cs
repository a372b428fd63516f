using System.Diagnostics;
using PeerGraph.StoreContract;

namespace PeerGraph.Api.Tests.Support;

/// <summary>Runs a script of tests/node-oracles (graphql-js, graphql-http) with Node and returns its standard output.</summary>
public static class NodeOracle
{
    public static string Directory => Path.Combine(RepoPaths.Root, "tests", "node-oracles");

    public static async Task<string> RunAsync(string script, IEnumerable<string> arguments, string? standardInput = null)
    {
        var (exitCode, output, error) = await RunProcessAsync(script, arguments, standardInput);
        Assert.True(exitCode == 0, $"node {script} failed ({exitCode}): {error}");
        return output;
    }

    /// <summary>Runs a script that may fail, for its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunProcessAsync(string script, IEnumerable<string> arguments, string? standardInput = null)
    {
        Assert.True(System.IO.Directory.Exists(Path.Combine(Directory, "node_modules")),
            $"npm packages missing in {Directory}: run `npm ci` there (the test project's build and .ci/run do it).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
