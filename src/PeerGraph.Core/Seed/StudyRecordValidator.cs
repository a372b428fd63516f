using PeerGraph.Core.Domain;

namespace PeerGraph.Core.Seed;

/// <summary>
/// Checks one study record against the rules of seed-format.md and the ids it may refer to. Used for every study
/// of a seed and for the <c>upsertStudy</c> mutation, so both enforce the same rules.
/// </summary>
public static class StudyRecordValidator
{
    public static IReadOnlyList<RecordProblem> Validate(StudyRecord study, KnownReferences known)
    {
        var problems = new List<RecordProblem>();
        void Add(string path, string message, RecordProblemCode code = RecordProblemCode.Invalid) => problems.Add(new RecordProblem(path, message, code));

        if (!Slug.IsValid(study.Id))
        {
            Add("$.id", $"expected a lower-case kebab-case slug, got '{study.Id}'");
        }
        if (string.IsNullOrWhiteSpace(study.Title))
        {
            Add("$.title", "expected a non-empty title");
        }
        if (study.Year is { } year && (year < ValueRules.MinYear || year > ValueRules.MaxYear))
        {
            Add("$.year", $"expected a year between {ValueRules.MinYear} and {ValueRules.MaxYear}, got {year}");
        }
        if (study.PublishedOn is { } published)
        {
            if (!ValueRules.IsRealDate(published))
            {
                Add("$.publishedOn", $"expected a real date YYYY-MM-DD, got '{published}'");
            }
            else if (study.Year is { } y && !published.StartsWith(y.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))
            {
                Add("$.publishedOn", $"date {published} is not in the study's year {y}");
            }
        }
        if (study.Doi is { } doi && !ValueRules.IsDoi(doi))
        {
            Add("$.doi", $"expected a DOI like 10.NNNN/suffix, got '{doi}'");
        }
        CheckPeriod(study, Add);
        if (study.CitationCount is < 0)
        {
            Add("$.citationCount", $"expected zero or more citations, got {study.CitationCount}");
        }
        if (study.Journal is { } journal && string.IsNullOrWhiteSpace(journal.Name))
        {
            Add("$.journal.name", "expected a non-empty journal name");
        }
        for (var i = 0; i < study.Authors.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(study.Authors[i]) || Slug.From(study.Authors[i]).Length == 0)
            {
                Add($"$.authors[{i}]", "expected an author name with letters or digits");
            }
        }
        CheckReferences(study.MethodIds, "$.methods", known.MethodIds, "method", Add);
        CheckSettings(study, Add);
        CheckParticipants(study, known, Add);
        CheckFindings(study, known, Add);
        if (string.IsNullOrWhiteSpace(study.Source.File))
        {
            Add("$.source.file", "expected the file name of the source document");
        }
        else if (study.Source.File.IndexOfAny(['/', '\\']) >= 0)
        {
            Add("$.source.file", $"expected a file name without folders, got '{study.Source.File}'");
        }
        return problems;
    }

    private static void CheckPeriod(StudyRecord study, Action<string, string, RecordProblemCode> add)
    {
        if (study.DataCollectedFrom is { } from && !ValueRules.IsPartialDate(from))
        {
            add("$.dataCollectedFrom", $"expected YYYY, YYYY-MM or YYYY-MM-DD, got '{from}'", RecordProblemCode.Invalid);
        }
        if (study.DataCollectedTo is { } to && !ValueRules.IsPartialDate(to))
        {
            add("$.dataCollectedTo", $"expected YYYY, YYYY-MM or YYYY-MM-DD, got '{to}'", RecordProblemCode.Invalid);
        }
        if (study.DataCollectedFrom is { } f && study.DataCollectedTo is { } t
            && ValueRules.IsPartialDate(f) && ValueRules.IsPartialDate(t)
            && string.CompareOrdinal(f, t[..Math.Min(t.Length, f.Length)]) > 0)
        {
            add("$.dataCollectedTo", $"data collection ends ({t}) before it starts ({f})", RecordProblemCode.Invalid);
        }
    }

    private static void CheckReferences(IReadOnlyList<string> ids, string path, IReadOnlySet<string> known, string kind, Action<string, string, RecordProblemCode> add)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!known.Contains(ids[i]))
            {
                add($"{path}[{i}]", $"unknown {kind} '{ids[i]}'", RecordProblemCode.NotFound);
            }
            else if (!seen.Add(ids[i]))
            {
                add($"{path}[{i}]", $"{kind} '{ids[i]}' is listed twice", RecordProblemCode.Conflict);
            }
        }
    }

    private static void CheckSettings(StudyRecord study, Action<string, string, RecordProblemCode> add)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < study.Settings.Count; i++)
        {
            var setting = study.Settings[i];
            if (!Slug.IsValid(setting.Id))
            {
                add($"$.settings[{i}].id", $"expected a lower-case kebab-case slug, got '{setting.Id}'", RecordProblemCode.Invalid);
            }
            else if (!seen.Add(setting.Id))
            {
                add($"$.settings[{i}].id", $"setting '{setting.Id}' is listed twice", RecordProblemCode.Conflict);
            }
            if (string.IsNullOrWhiteSpace(setting.Name))
            {
                add($"$.settings[{i}].name", "expected a non-empty setting name", RecordProblemCode.Invalid);
            }
        }
    }

    private static void CheckParticipants(StudyRecord study, KnownReferences known, Action<string, string, RecordProblemCode> add)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < study.Participants.Count; i++)
        {
            var participant = study.Participants[i];
            if (!known.GroupIds.Contains(participant.GroupId))
            {
                add($"$.participants[{i}].group", $"unknown group '{participant.GroupId}'", RecordProblemCode.NotFound);
            }
            else if (!seen.Add(participant.GroupId))
            {
                add($"$.participants[{i}].group", $"group '{participant.GroupId}' is listed twice", RecordProblemCode.Conflict);
            }
            if (participant.Count is <= 0)
            {
                add($"$.participants[{i}].count", $"expected a positive integer or null, got {participant.Count}", RecordProblemCode.Invalid);
            }
        }
    }

    private static void CheckFindings(StudyRecord study, KnownReferences known, Action<string, string, RecordProblemCode> add)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < study.Findings.Count; i++)
        {
            var finding = study.Findings[i];
            var path = $"$.findings[{i}]";
            if (!Slug.IsValidFindingId(finding.Id, study.Id))
            {
                add($"{path}.id", $"expected '{study.Id}/<slug>', got '{finding.Id}'", RecordProblemCode.Invalid);
            }
            else if (!seen.Add(finding.Id))
            {
                add($"{path}.id", $"finding '{finding.Id}' is listed twice", RecordProblemCode.Conflict);
            }
            if (!known.ThemeIds.Contains(finding.ThemeId))
            {
                add($"{path}.theme", $"unknown theme '{finding.ThemeId}'", RecordProblemCode.NotFound);
            }
            if (finding.PerspectiveIds.Count == 0)
            {
                add($"{path}.perspectives", "expected at least one perspective", RecordProblemCode.Invalid);
            }
            CheckReferences(finding.PerspectiveIds, $"{path}.perspectives", known.GroupIds, "group", add);
            CheckReferences(finding.AboutIds, $"{path}.about", known.GroupIds, "group", add);
            if (string.IsNullOrWhiteSpace(finding.Statement))
            {
                add($"{path}.statement", "expected a non-empty statement", RecordProblemCode.Invalid);
            }
            if (finding.Evidence is { } evidence && string.IsNullOrWhiteSpace(evidence))
            {
                add($"{path}.evidence", "expected a verbatim excerpt or null, got an empty string", RecordProblemCode.Invalid);
            }
        }
    }
}
