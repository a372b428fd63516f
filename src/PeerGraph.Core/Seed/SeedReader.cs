using System.Globalization;
using System.Text.Json;
using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Seed;

/// <summary>
/// Reads a seed in either form of seed-format.md: a directory (groups.json, themes.json, methods.json,
/// studies/*.json) or a bundle file. Every problem is reported at once; no graph is returned when any rule fails.
/// </summary>
public static class SeedReader
{
    private static readonly HashSet<string> BundleProperties = ["$schema", "groups", "themes", "methods", "studies"];
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    public static async Task<SeedReadResult> ReadAsync(string path, SeedReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= SeedReadOptions.Default;
        var problems = new List<SeedProblem>();
        if (Directory.Exists(path))
        {
            return await ReadDirectoryAsync(path, options, problems, cancellationToken);
        }
        if (File.Exists(path))
        {
            return await ReadBundleAsync(path, options, problems, cancellationToken);
        }
        problems.Add(new SeedProblem(path, JsonPathBuilder.Root, "no such seed directory or bundle file"));
        return SeedReadResult.Failed(problems);
    }

    private static async Task<SeedReadResult> ReadDirectoryAsync(string directory, SeedReadOptions options, List<SeedProblem> problems, CancellationToken cancellationToken)
    {
        var groups = new List<Located<StakeholderGroup>>();
        var themes = new List<Located<Theme>>();
        var methods = new List<Located<Method>>();
        var studies = new List<Located<StudyRecord>>();

        async Task ReadList<T>(string name, List<Located<T>> into, Func<JsonElement, string, ProblemSink, T?> parse) where T : class
        {
            var file = Path.Combine(directory, name);
            using var document = await ParseFileAsync(file, options, problems, cancellationToken);
            if (document is not null)
            {
                into.AddRange(SeedRecordParser.List(document.RootElement, JsonPathBuilder.Root, new ProblemSink(file, problems), parse));
            }
        }

        await ReadList("groups.json", groups, SeedRecordParser.Group);
        await ReadList("themes.json", themes, SeedRecordParser.Theme);
        await ReadList("methods.json", methods, SeedRecordParser.Method);

        var studiesDirectory = Path.Combine(directory, "studies");
        if (!Directory.Exists(studiesDirectory))
        {
            problems.Add(new SeedProblem(studiesDirectory, JsonPathBuilder.Root, "missing: a seed directory holds one study a file in studies/"));
        }
        else
        {
            foreach (var file in Directory.EnumerateFiles(studiesDirectory, "*.json").Order(StringComparer.Ordinal))
            {
                using var document = await ParseFileAsync(file, options, problems, cancellationToken);
                if (document is null)
                {
                    continue;
                }
                var sink = new ProblemSink(file, problems);
                if (SeedRecordParser.Study(document.RootElement, JsonPathBuilder.Root, sink) is { } study)
                {
                    studies.Add(new Located<StudyRecord>(study, sink, JsonPathBuilder.Root));
                }
            }
        }
        return Finish(groups, themes, methods, studies, options, problems);
    }

    private static async Task<SeedReadResult> ReadBundleAsync(string file, SeedReadOptions options, List<SeedProblem> problems, CancellationToken cancellationToken)
    {
        using var document = await ParseFileAsync(file, options, problems, cancellationToken);
        if (document is null)
        {
            return SeedReadResult.Failed(problems);
        }
        var sink = new ProblemSink(file, problems);
        var root = JsonObjectReader.For(document.RootElement, JsonPathBuilder.Root, sink, BundleProperties);
        if (root is null)
        {
            return SeedReadResult.Failed(problems);
        }
        List<Located<T>> Section<T>(string name, Func<JsonElement, string, ProblemSink, T?> parse) where T : class
        {
            if (!document.RootElement.TryGetProperty(name, out var array))
            {
                root.Problem(name, "required, missing: a bundle has groups, themes, methods and studies");
                return [];
            }
            return SeedRecordParser.List(array, root.PathOf(name), sink, parse).ToList();
        }
        return Finish(
            Section<StakeholderGroup>("groups", SeedRecordParser.Group),
            Section<Theme>("themes", SeedRecordParser.Theme),
            Section<Method>("methods", SeedRecordParser.Method),
            Section<StudyRecord>("studies", SeedRecordParser.Study),
            options,
            problems);
    }

    private static SeedReadResult Finish(
        List<Located<StakeholderGroup>> groups,
        List<Located<Theme>> themes,
        List<Located<Method>> methods,
        List<Located<StudyRecord>> studies,
        SeedReadOptions options,
        List<SeedProblem> problems)
    {
        var validator = new SeedGraphValidator(options);
        validator.Validate(groups, themes, methods, studies);
        if (problems.Count > 0)
        {
            // The shape check and a value rule can both object to one value (an empty title): say it once.
            return SeedReadResult.Failed(problems.DistinctBy(p => (p.File, p.JsonPath)).ToList());
        }
        return new SeedReadResult(
            new SeedGraph(
                groups.Select(g => g.Value).ToList(),
                themes.Select(t => t.Value).ToList(),
                methods.Select(m => m.Value).ToList(),
                studies.Select(s => s.Value).ToList()),
            problems) { Warnings = validator.Warnings() };
    }

    private static async Task<JsonDocument?> ParseFileAsync(string file, SeedReadOptions options, List<SeedProblem> problems, CancellationToken cancellationToken)
    {
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            problems.Add(new SeedProblem(file, JsonPathBuilder.Root, "missing file"));
            return null;
        }
        if (info.Length == 0)
        {
            problems.Add(new SeedProblem(file, JsonPathBuilder.Root, "empty file: expected JSON"));
            return null;
        }
        if (info.Length > options.MaxFileBytes)
        {
            problems.Add(new SeedProblem(file, JsonPathBuilder.Root, string.Create(CultureInfo.InvariantCulture,
                $"file is {info.Length / 1048576.0:0.0} MiB, over the limit of {options.MaxFileBytes / 1048576.0:0.0} MiB (raise PeerGraph:Seed:MaxFileBytes to read it)")));
            return null;
        }
        try
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            return await JsonDocument.ParseAsync(stream, JsonOptions, cancellationToken);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {e.BytePositionInLine + 1}" : "";
            problems.Add(new SeedProblem(file, JsonPathBuilder.Root, $"malformed JSON{where}: {FirstSentence(e.Message)}"));
            return null;
        }
        catch (IOException e)
        {
            problems.Add(new SeedProblem(file, JsonPathBuilder.Root, $"cannot read the file: {e.Message}"));
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            problems.Add(new SeedProblem(file, JsonPathBuilder.Root, "cannot read the file: permission denied"));
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
