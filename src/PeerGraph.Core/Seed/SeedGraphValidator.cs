using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Seed;

/// <summary>The rules that span records: unique ids per kind, references, the theme tree, DOIs, evidence.</summary>
internal sealed class SeedGraphValidator(SeedReadOptions options)
{
    private readonly Dictionary<string, string?> _sourceTexts = new(StringComparer.Ordinal);
    private readonly List<string> _uncheckedStudies = [];
    private readonly SortedSet<string> _missingSources = new(StringComparer.Ordinal);

    /// <summary>Checks that could not run (evidence without its source document), one line each; empty when all ran.</summary>
    public IReadOnlyList<string> Warnings()
    {
        if (_uncheckedStudies.Count == 0)
        {
            return [];
        }
        if (options.SourcesDirectory is null)
        {
            return [$"evidence not checked for {_uncheckedStudies.Count} stud{(_uncheckedStudies.Count == 1 ? "y" : "ies")}: no folder of source documents (a seed directory's sources/, or PeerGraph:Seed:SourcesDir)"];
        }
        var examples = string.Join(", ", _missingSources.Take(3)) + (_missingSources.Count > 3 ? ", ..." : "");
        return [$"evidence not checked for {_uncheckedStudies.Count} stud{(_uncheckedStudies.Count == 1 ? "y" : "ies")}: {_missingSources.Count} source document(s) not in {options.SourcesDirectory} ({examples})"];
    }

    private KnownReferences _known = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
    private readonly HashSet<string> _studyIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _findingOwner = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _doiOwner = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _settingNames = new(StringComparer.Ordinal);

    /// <summary>The ids studies may refer to, from <see cref="ValidateTaxonomy"/>.</summary>
    public KnownReferences Known => _known;

    /// <summary>Starts checking studies against a taxonomy checked before (a second read of the same seed).</summary>
    public void StartFrom(KnownReferences known) => _known = known;

    /// <summary>Checks the groups, themes and methods; the studies are checked one at a time after them.</summary>
    public void ValidateTaxonomy(
        IReadOnlyList<Located<StakeholderGroup>> groups,
        IReadOnlyList<Located<Theme>> themes,
        IReadOnlyList<Located<Method>> methods)
    {
        var groupIds = UniqueIds(groups, g => g.Id, "group");
        var themeIds = UniqueIds(themes, t => t.Id, "theme");
        var methodIds = UniqueIds(methods, m => m.Id, "method");
        CheckThemeTree(themes);
        _known = new KnownReferences(themeIds, groupIds, methodIds);
    }

    /// <summary>
    /// Checks one study, against the taxonomy and the studies checked before it. Keeps only what later studies are
    /// checked against (ids, DOIs, setting names), so a stream of studies is checked without holding it.
    /// </summary>
    public void ValidateStudy(Located<StudyRecord> located)
    {
        var study = located.Value;
        UniqueId(located, study.Id, "study", _studyIds);
        foreach (var problem in StudyRecordValidator.Validate(study, _known))
        {
            located.Problems.Add(Rebase(located.Path, problem.JsonPath), problem.Message);
        }
        if (study.Doi is { } doi && !_doiOwner.TryAdd(doi, study.Id))
        {
            located.Problems.Add(JsonPathBuilder.Property(located.Path, "doi"), $"duplicate DOI {doi}, also on study '{_doiOwner[doi]}'");
        }
        for (var i = 0; i < study.Findings.Count; i++)
        {
            var id = study.Findings[i].Id;
            // A valid finding id starts with its study's id, so it cannot clash with another study's: only the
            // others are kept to compare (750,000 finding ids of 100,000 studies need not stay in memory).
            if (Slug.IsValidFindingId(id, study.Id))
            {
                continue;
            }
            if (!_findingOwner.TryAdd(id, study.Id) && _findingOwner[id] != study.Id)
            {
                located.Problems.Add($"{located.Path}.findings[{i}].id", $"duplicate finding id '{id}'");
            }
        }
        for (var i = 0; i < study.Settings.Count; i++)
        {
            var setting = study.Settings[i];
            if (_settingNames.TryGetValue(setting.Id, out var name) && name != setting.Name)
            {
                located.Problems.Add($"{located.Path}.settings[{i}].name", $"setting '{setting.Id}' is named '{name}' elsewhere; one id, one name");
            }
            _settingNames.TryAdd(setting.Id, setting.Name);
        }
        CheckEvidence(located);
    }

    private static string Rebase(string basePath, string relativePath) => basePath + relativePath[1..];

    private static HashSet<string> UniqueIds<T>(IReadOnlyList<Located<T>> records, Func<T, string> id, string kind)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var located in records)
        {
            UniqueId(located, id(located.Value), kind, ids);
        }
        return ids;
    }

    private static void UniqueId<T>(Located<T> located, string value, string kind, HashSet<string> ids)
    {
        var path = JsonPathBuilder.Property(located.Path, "id");
        if (value.Length == 0)
        {
            return; // already reported as missing
        }
        if (!Slug.IsValid(value))
        {
            located.Problems.Add(path, $"expected a lower-case kebab-case slug, got '{value}'");
        }
        else if (!ids.Add(value))
        {
            located.Problems.Add(path, $"duplicate {kind} id '{value}'");
        }
    }

    private static void CheckThemeTree(IReadOnlyList<Located<Theme>> themes)
    {
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var located in themes)
        {
            parentOf.TryAdd(located.Value.Id, located.Value.ParentId);
        }
        foreach (var located in themes)
        {
            var theme = located.Value;
            if (theme.ParentId is not { } parent)
            {
                continue;
            }
            var path = JsonPathBuilder.Property(located.Path, "parent");
            if (!parentOf.ContainsKey(parent))
            {
                located.Problems.Add(path, $"unknown theme '{parent}'");
            }
            else if (ThemeValidator.FindCycle(theme.Id, parent, parentOf) is { } cycle)
            {
                located.Problems.Add(path, $"theme '{theme.Id}' is in a cycle: {string.Join(" -> ", cycle)}");
            }
        }
    }

    private void CheckEvidence(Located<StudyRecord> located)
    {
        var study = located.Value;
        if (!study.Findings.Any(f => f.Evidence is not null))
        {
            return;
        }
        if (options.SourcesDirectory is null || string.IsNullOrEmpty(study.Source.File) || SourceText(study.Source.File) is not { } source)
        {
            _uncheckedStudies.Add(study.Id);
            if (options.SourcesDirectory is not null && !string.IsNullOrEmpty(study.Source.File))
            {
                _missingSources.Add(study.Source.File);
            }
            return;
        }
        for (var i = 0; i < study.Findings.Count; i++)
        {
            if (study.Findings[i].Evidence is { } evidence && !source.Contains(ValueRules.NormaliseWhitespace(evidence), StringComparison.Ordinal))
            {
                located.Problems.Add($"{located.Path}.findings[{i}].evidence", $"not found verbatim in source document {study.Source.File}");
            }
        }
    }

    private string? SourceText(string file)
    {
        if (!_sourceTexts.TryGetValue(file, out var text))
        {
            var path = Path.Combine(options.SourcesDirectory!, file);
            text = File.Exists(path) ? ValueRules.NormaliseWhitespace(File.ReadAllText(path)) : null;
            _sourceTexts[file] = text;
        }
        return text;
    }
}
