using System.Globalization;
using System.Text.Json;
using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Seed;

/// <summary>
/// Reads a seed in either form of seed-format.md: a directory (groups.json, themes.json, methods.json,
/// studies/*.json) or a bundle file. Every problem is reported at once; no seed is returned when any rule fails.
/// A bundle is read as a stream, one study at a time (<see cref="BundleFileReader"/>), never held whole.
/// </summary>
public static class SeedReader
{
    private static readonly HashSet<string> BundleProperties = ["$schema", "groups", "themes", "methods", "studies"];
    private const int MaxDepth = 64;
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = MaxDepth };

    private enum Mode
    {
        /// <summary>Every rule checked, every study kept (<see cref="ReadAsync"/>).</summary>
        Read,
        /// <summary>Every rule checked, no study kept (<see cref="CheckAsync"/>).</summary>
        Check,
        /// <summary>A bundle's taxonomy checked; its studies are checked as they are loaded (<see cref="OpenAsync"/>).</summary>
        Open,
    }

    /// <summary>Reads and checks the whole seed into memory (<see cref="SeedReadResult.Graph"/>).</summary>
    public static Task<SeedReadResult> ReadAsync(string path, SeedReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadCoreAsync(path, options ?? SeedReadOptions.Default, Mode.Read, cancellationToken);

    /// <summary>
    /// Checks the seed against every rule, holding of a bundle only the groups, themes and methods and one study at a
    /// time (<see cref="SeedReadResult.Graph"/> is null for a bundle; its studies can be read again from
    /// <see cref="SeedReadResult.Seed"/>).
    /// </summary>
    public static Task<SeedReadResult> CheckAsync(string path, SeedReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadCoreAsync(path, options ?? SeedReadOptions.Default, Mode.Check, cancellationToken);

    /// <summary>
    /// Opens a seed to load in one pass over its studies: a bundle's groups, themes and methods (and every byte of its
    /// JSON) are checked now, its studies as they are loaded from <see cref="SeedReadResult.Seed"/> (which throws
    /// <see cref="InvalidSeedException"/> with every problem after the last study when any broke a rule). A seed
    /// directory is read and checked whole, as by <see cref="ReadAsync"/>.
    /// </summary>
    public static Task<SeedReadResult> OpenAsync(string path, SeedReadOptions? options = null, CancellationToken cancellationToken = default) =>
        ReadCoreAsync(path, options ?? SeedReadOptions.Default, Mode.Open, cancellationToken);

    private static async Task<SeedReadResult> ReadCoreAsync(string path, SeedReadOptions options, Mode mode, CancellationToken cancellationToken)
    {
        var problems = new List<SeedProblem>();
        (CheckedSeed? Seed, List<StudyRecord>? Studies, List<SeedProblem> Problems, IReadOnlyList<string> Warnings) read;
        if (Directory.Exists(path))
        {
            read = await ReadDirectoryAsync(path, options, problems, cancellationToken);
        }
        else if (File.Exists(path))
        {
            read = await Task.Run(() => ReadBundle(path, options, mode, problems, cancellationToken), cancellationToken);
        }
        else
        {
            problems.Add(new SeedProblem(path, JsonPathBuilder.Root, "no such seed directory or bundle file"));
            return SeedReadResult.Failed(problems);
        }
        if (read.Seed is not { } seed)
        {
            return SeedReadResult.Failed(read.Problems);
        }
        var graph = read.Studies is null ? null : new SeedGraph(seed.Groups, seed.Themes, seed.Methods, read.Studies);
        return new SeedReadResult(graph, read.Problems) { Warnings = read.Warnings, Seed = seed };
    }

    private static async Task<(CheckedSeed?, List<StudyRecord>?, List<SeedProblem>, IReadOnlyList<string>)> ReadDirectoryAsync(
        string directory, SeedReadOptions options, List<SeedProblem> problems, CancellationToken cancellationToken)
    {
        var groups = new List<Located<StakeholderGroup>>();
        var themes = new List<Located<Theme>>();
        var methods = new List<Located<Method>>();

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
        var validator = new SeedGraphValidator(options);
        validator.ValidateTaxonomy(groups, themes, methods);

        var studies = new List<StudyRecord>();
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
                    validator.ValidateStudy(new Located<StudyRecord>(study, sink, JsonPathBuilder.Root));
                    studies.Add(study);
                }
            }
        }
        // A seed directory is curated by hand and small: its studies are kept, not read again.
        return Finish(groups, themes, methods, studies.Count, studies.Sum(s => s.Findings.Count), _ => studies, studies, validator, problems);
    }

    /// <summary>
    /// Two passes over the file, both streaming: the groups, themes and methods first (wherever they are in the root
    /// object; the studies are skipped, counted and their JSON checked), then the studies one at a time, each checked
    /// against the taxonomy and the studies before it: now, or when they are loaded (<see cref="Mode.Open"/>).
    /// </summary>
    private static (CheckedSeed?, List<StudyRecord>?, List<SeedProblem>, IReadOnlyList<string>) ReadBundle(
        string file, SeedReadOptions options, Mode mode, List<SeedProblem> problems, CancellationToken cancellationToken)
    {
        if (!CheckFile(file, options, problems))
        {
            return (null, null, problems, []);
        }
        var sink = new ProblemSink(file, problems);
        var stamp = FileStamp.Of(file);
        try
        {
            var taxonomy = ReadTaxonomy(file, sink);
            if (taxonomy is null)
            {
                return (null, null, problems, []);
            }
            var (groups, themes, methods, studyCount) = taxonomy.Value;
            var validator = new SeedGraphValidator(options);
            validator.ValidateTaxonomy(groups, themes, methods);
            var known = validator.Known;
            IEnumerable<StudyRecord> ReadChecked(CheckedSeed seed) => ReadStudiesWhileChecking(file, stamp, options, known, seed, cancellationToken);
            if (mode == Mode.Open)
            {
                return problems.Count > 0
                    ? (null, null, problems.DistinctBy(p => (p.File, p.JsonPath)).ToList(), [])
                    : (NewSeed(groups, themes, methods, studyCount, null, ReadChecked), null, problems, []);
            }
            var kept = mode == Mode.Read ? new List<StudyRecord>() : null;
            int findingCount = 0;
            foreach (var located in ReadBundleStudies(file, sink))
            {
                cancellationToken.ThrowIfCancellationRequested();
                validator.ValidateStudy(located);
                kept?.Add(located.Value);
                findingCount += located.Value.Findings.Count;
            }
            return Finish(groups, themes, methods, studyCount, findingCount, kept is null ? ReadChecked : _ => kept, kept, validator, problems);
        }
        catch (JsonException e)
        {
            // As when the file was parsed whole: malformed JSON is the one problem of its file.
            problems.RemoveAll(p => p.File == file);
            problems.Add(new SeedProblem(file, JsonPathBuilder.Root, MalformedJson(e)));
            return (null, null, problems, []);
        }
        catch (IOException e)
        {
            problems.Add(new SeedProblem(file, JsonPathBuilder.Root, $"cannot read the file: {e.Message}"));
            return (null, null, problems, []);
        }
        catch (UnauthorizedAccessException)
        {
            problems.Add(new SeedProblem(file, JsonPathBuilder.Root, "cannot read the file: permission denied"));
            return (null, null, problems, []);
        }
    }

    /// <summary>
    /// The studies of an opened bundle, each checked as it is read; one that breaks a rule is not handed out, and
    /// after the last, <see cref="InvalidSeedException"/> names every problem.
    /// </summary>
    private static IEnumerable<StudyRecord> ReadStudiesWhileChecking(
        string file, FileStamp stamp, SeedReadOptions options, KnownReferences known, CheckedSeed seed, CancellationToken cancellationToken)
    {
        if (FileStamp.Of(file) != stamp)
        {
            throw new InvalidDataException($"{file}: the bundle changed after it was opened; load it again");
        }
        var problems = new List<SeedProblem>();
        var validator = new SeedGraphValidator(options);
        validator.StartFrom(known);
        foreach (var located in ReadBundleStudies(file, new ProblemSink(file, problems)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = problems.Count;
            validator.ValidateStudy(located);
            if (problems.Count == before)
            {
                yield return located.Value;
            }
        }
        if (problems.Count > 0)
        {
            throw new InvalidSeedException(problems.DistinctBy(p => (p.File, p.JsonPath)).ToList());
        }
        seed.Warnings = validator.Warnings();
    }

    /// <summary>The bundle's groups, themes and methods; null when the root is not an object.</summary>
    private static (List<Located<StakeholderGroup>>, List<Located<Theme>>, List<Located<Method>>, int StudyCount)? ReadTaxonomy(string file, ProblemSink sink)
    {
        var studyCount = 0;
        var groups = new List<Located<StakeholderGroup>>();
        var themes = new List<Located<Theme>>();
        var methods = new List<Located<Method>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var reader = new BundleFileReader(file, MaxDepth);
        if (reader.ReadToken(out _) != JsonTokenType.StartObject)
        {
            using var whole = JsonDocument.Parse(File.ReadAllBytes(file), JsonOptions);
            sink.Add(JsonPathBuilder.Root, $"expected an object, got {JsonObjectReader.Describe(whole.RootElement)}");
            return null;
        }
        while (reader.ReadToken(out var name) == JsonTokenType.PropertyName)
        {
            var path = JsonPathBuilder.Property(JsonPathBuilder.Root, name!);
            if (!BundleProperties.Contains(name!))
            {
                sink.Add(path, $"unknown property '{name}'");
            }
            if (name == "studies" && reader.PeekToken() == JsonTokenType.StartArray)
            {
                reader.SkipValue(out var count);
                studyCount = seen.Add(name) ? count : studyCount;
                continue;
            }
            if (!seen.Add(name!) || name is "$schema" || !BundleProperties.Contains(name!))
            {
                reader.SkipValue();
                continue;
            }
            using var section = reader.ReadValue()!;
            switch (name)
            {
                case "groups":
                    groups.AddRange(SeedRecordParser.List<StakeholderGroup>(section.RootElement, path, sink, SeedRecordParser.Group));
                    break;
                case "studies":
                    // Not an array (else skipped above, and read in the second pass): the same problem as for a section.
                    SeedRecordParser.List<StudyRecord>(section.RootElement, path, sink, SeedRecordParser.Study).ToList();
                    break;
                case "themes":
                    themes.AddRange(SeedRecordParser.List<Theme>(section.RootElement, path, sink, SeedRecordParser.Theme));
                    break;
                default:
                    methods.AddRange(SeedRecordParser.List<Method>(section.RootElement, path, sink, SeedRecordParser.Method));
                    break;
            }
        }
        // Anything after the root object is malformed JSON: the reader throws.
        reader.ReadToken(out _);
        foreach (var required in new[] { "groups", "themes", "methods", "studies" })
        {
            if (!seen.Contains(required))
            {
                sink.Add(JsonPathBuilder.Property(JsonPathBuilder.Root, required), "required, missing: a bundle has groups, themes, methods and studies");
            }
        }
        return (groups, themes, methods, studyCount);
    }

    /// <summary>The studies of a bundle whose root is an object, one at a time, with the shape problems of each.</summary>
    private static IEnumerable<Located<StudyRecord>> ReadBundleStudies(string file, ProblemSink sink)
    {
        using var reader = new BundleFileReader(file, MaxDepth);
        reader.ReadToken(out _);
        while (reader.ReadToken(out var name) == JsonTokenType.PropertyName)
        {
            if (name != "studies")
            {
                reader.SkipValue();
                continue;
            }
            var path = JsonPathBuilder.Property(JsonPathBuilder.Root, name);
            if (reader.ReadToken(out _) != JsonTokenType.StartArray)
            {
                yield break; // reported by the first pass
            }
            var index = 0;
            while (reader.ReadValue() is { } element)
            {
                using (element)
                {
                    var itemPath = JsonPathBuilder.Index(path, index++);
                    if (SeedRecordParser.Study(element.RootElement, itemPath, sink) is { } study)
                    {
                        yield return new Located<StudyRecord>(study, sink, itemPath);
                    }
                }
            }
            yield break; // a second "studies" is ignored, as when the file was parsed whole
        }
    }

    private static (CheckedSeed?, List<StudyRecord>?, List<SeedProblem>, IReadOnlyList<string>) Finish(
        List<Located<StakeholderGroup>> groups,
        List<Located<Theme>> themes,
        List<Located<Method>> methods,
        int studyCount,
        int findingCount,
        Func<CheckedSeed, IEnumerable<StudyRecord>> readStudies,
        List<StudyRecord>? kept,
        SeedGraphValidator validator,
        List<SeedProblem> problems)
    {
        if (problems.Count > 0)
        {
            // The shape check and a value rule can both object to one value (an empty title): say it once.
            return (null, null, problems.DistinctBy(p => (p.File, p.JsonPath)).ToList(), []);
        }
        var seed = NewSeed(groups, themes, methods, studyCount, findingCount, readStudies);
        seed.Warnings = validator.Warnings();
        return (seed, kept, problems, seed.Warnings);
    }

    private static CheckedSeed NewSeed(
        List<Located<StakeholderGroup>> groups,
        List<Located<Theme>> themes,
        List<Located<Method>> methods,
        int studyCount,
        int? findingCount,
        Func<CheckedSeed, IEnumerable<StudyRecord>> readStudies) =>
        new(groups.Select(g => g.Value).ToList(), themes.Select(t => t.Value).ToList(), methods.Select(m => m.Value).ToList(), studyCount, findingCount, readStudies);

    /// <summary>The checks made before a file is opened: it exists, is not empty, is within the size limit.</summary>
    private static bool CheckFile(string file, SeedReadOptions options, List<SeedProblem> problems)
    {
        var info = new FileInfo(file);
        if (!info.Exists)
        {
            problems.Add(new SeedProblem(file, JsonPathBuilder.Root, "missing file"));
            return false;
        }
        if (info.Length == 0)
        {
            problems.Add(new SeedProblem(file, JsonPathBuilder.Root, "empty file: expected JSON"));
            return false;
        }
        if (info.Length > options.MaxFileBytes)
        {
            problems.Add(new SeedProblem(file, JsonPathBuilder.Root, string.Create(CultureInfo.InvariantCulture,
                $"file is {info.Length / 1048576.0:0.0} MiB, over the limit of {options.MaxFileBytes / 1048576.0:0.0} MiB (raise PeerGraph:Seed:MaxFileBytes to read it)")));
            return false;
        }
        return true;
    }

    private static string MalformedJson(JsonException e)
    {
        var where = e.LineNumber is { } line ? $" at line {line + 1}, column {e.BytePositionInLine + 1}" : "";
        return $"malformed JSON{where}: {FirstSentence(e.Message)}";
    }

    private readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
    {
        public static FileStamp Of(string file)
        {
            var info = new FileInfo(file);
            return new FileStamp(info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc : default);
        }
    }

    private static async Task<JsonDocument?> ParseFileAsync(string file, SeedReadOptions options, List<SeedProblem> problems, CancellationToken cancellationToken)
    {
        if (!CheckFile(file, options, problems))
        {
            return null;
        }
        try
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            return await JsonDocument.ParseAsync(stream, JsonOptions, cancellationToken);
        }
        catch (JsonException e)
        {
            problems.Add(new SeedProblem(file, JsonPathBuilder.Root, MalformedJson(e)));
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
