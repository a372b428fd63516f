using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using PeerGraph.StoreContract;

namespace PeerGraph.Browser.Tests;

/// <summary>The front end's own checks, run by `dotnet test`: its Vitest suite and its first-load budget.</summary>
public sealed partial class FrontEndBuildTests
{
    private static readonly string WebProject = Path.Combine(RepoPaths.Root, "src", "PeerGraph.Web");
    private static readonly string BuiltWeb = Path.Combine(AppContext.BaseDirectory, "web");

    /// <summary>The explorer's own JavaScript on first load, compressed, stays under this (issue 12).</summary>
    private const long FirstLoadBudgetBytes = 300 * 1024;

    [Fact]
    public async Task Vitest_suite_passes()
    {
        Assert.SkipUnless(Directory.Exists(Path.Combine(WebProject, "node_modules")), "the front end's npm packages are not installed (Node.js was missing when the API was built)");
        using var process = Process.Start(new ProcessStartInfo("npm", "test --silent")
        {
            WorkingDirectory = WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CI"] = "1", ["NO_COLOR"] = "1" },
        })!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var text = await output + await errors;
        Assert.True(process.ExitCode == 0, "npm test (Vitest) failed:\n" + text);
        Assert.Matches(@"Tests\s+\d+ passed", text);
    }

    [Fact]
    public void The_explorers_first_load_is_under_300_KB_compressed_and_leaves_cytoscape_and_GraphiQL_out()
    {
        var index = Path.Combine(BuiltWeb, "index.html");
        Assert.SkipUnless(File.Exists(index), "the web front end was not built (Node.js was missing when the API was built)");
        var html = File.ReadAllText(index);
        var files = AssetReference().Matches(html).Select(m => m.Groups["path"].Value).Distinct().ToList();
        Assert.NotEmpty(files);
        long total = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(BuiltWeb, file.TrimStart('/')));
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                gzip.Write(bytes);
            }
            total += compressed.Length;
        }
        Assert.True(total < FirstLoadBudgetBytes, $"first load is {total / 1024.0:F1} KB gzip ({string.Join(", ", files)})");
        Assert.DoesNotContain(files, f => f.Contains("Cytoscape", StringComparison.OrdinalIgnoreCase) || f.Contains("graphiql", StringComparison.OrdinalIgnoreCase) || f.Contains("monaco", StringComparison.OrdinalIgnoreCase));
        TestContext.Current.SendDiagnosticMessage($"explorer first load: {total / 1024.0:F1} KB gzip over {files.Count} files");
    }

    [GeneratedRegex("""(?:src|href)="(?<path>/assets/[^"]+\.(?:js|css))" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex AssetReference();
}
