using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;
using PeerGraph.Neo4j.Client;

namespace PeerGraph.Neo4j.Store;

public sealed partial class Neo4jGraphStore
{
    public async Task LoadSeedAsync(SeedGraph seed, IProgress<SeedLoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);
        // MATCH drops rows whose reference is missing; check references first so a bad seed is refused, not half-linked.
        CheckReferences(seed.Studies, seed.Themes.Select(t => t.Id).ToHashSet(), seed.Groups.Select(g => g.Id).ToHashSet(), seed.Methods.Select(m => m.Id).ToHashSet(),
            seed.Themes.Where(t => t.ParentId is not null).Select(t => t.ParentId!));
        var settingOrdinals = Neo4jSeedRows.SettingOrdinals(seed);

        await using var tx = await client.BeginTransactionAsync(AccessMode.Write, cancellationToken);
        await tx.RunAsync(CypherStatements.Get("Write/DeleteGraph"), null, cancellationToken);
        await tx.RunAsync(CypherStatements.Get("Write/MergeGroups"), P(("rows", Neo4jSeedRows.Groups(seed))), cancellationToken);
        await tx.RunAsync(CypherStatements.Get("Write/MergeThemes"), P(("rows", Neo4jSeedRows.Themes(seed))), cancellationToken);
        await tx.RunAsync(CypherStatements.Get("Write/LinkThemeParents"), P(("rows", Neo4jSeedRows.ThemeParents(seed))), cancellationToken);
        await tx.RunAsync(CypherStatements.Get("Write/MergeMethods"), P(("rows", Neo4jSeedRows.Methods(seed))), cancellationToken);
        for (var start = 0; start < seed.Studies.Count; start += StudyBatch)
        {
            var batch = seed.Studies.Skip(start).Take(StudyBatch).ToList();
            await WriteStudiesAsync(tx, batch, id => settingOrdinals[id], cancellationToken);
            progress?.Report(new SeedLoadProgress(start + batch.Count, seed.Studies.Count));
        }
        await tx.CommitAsync(cancellationToken);
    }

    public async Task UpsertStudyAsync(StudyRecord study, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(study);
        var themes = (await GetThemesAsync(study.Findings.Select(f => f.ThemeId).Distinct().ToList(), cancellationToken)).Select(t => t.Id).ToHashSet();
        var groups = (await GetGroupsAsync(study.Findings.SelectMany(f => f.PerspectiveIds.Concat(f.AboutIds)).Concat(study.Participants.Select(p => p.GroupId)).Distinct().ToList(), cancellationToken)).Select(g => g.Id).ToHashSet();
        var methods = (await GetMethodsAsync(study.MethodIds.Distinct().ToList(), cancellationToken)).Select(m => m.Id).ToHashSet();
        CheckReferences([study], themes, groups, methods, []);
        var settingCount = (await ListSettingsAsync(cancellationToken)).Count;

        await using var tx = await client.BeginTransactionAsync(AccessMode.Write, cancellationToken);
        await tx.RunAsync(CypherStatements.Get("Write/DeleteStudy"), P(("id", study.Id)), cancellationToken);
        await WriteStudiesAsync(tx, [study], id => settingCount + study.Settings.ToList().FindIndex(s => s.Id == id), cancellationToken);
        await tx.RunAsync(CypherStatements.Get("Write/DeleteOrphans"), null, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public async Task<bool> DeleteStudyAsync(string studyId, CancellationToken cancellationToken = default)
    {
        if ((await GetStudiesAsync([studyId], cancellationToken)).Count == 0)
        {
            return false;
        }
        await using var tx = await client.BeginTransactionAsync(AccessMode.Write, cancellationToken);
        await tx.RunAsync(CypherStatements.Get("Write/DeleteStudy"), P(("id", studyId)), cancellationToken);
        await tx.RunAsync(CypherStatements.Get("Write/DeleteOrphans"), null, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return true;
    }

    public async Task UpsertThemeAsync(Theme theme, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(theme);
        if (theme.ParentId is { } parent && parent != theme.Id && (await GetThemesAsync([parent], cancellationToken)).Count == 0)
        {
            throw new StoreConstraintException($"theme '{theme.Id}' names parent '{parent}', which does not exist");
        }
        // An explicit transaction, as every write: a cancelled request is rolled back, where an implicit one would commit anyway.
        await using var tx = await client.BeginTransactionAsync(AccessMode.Write, cancellationToken);
        await tx.RunAsync(CypherStatements.Get("Write/UpsertTheme"),
            P(("id", theme.Id), ("name", theme.Name), ("description", theme.Description), ("parentId", theme.ParentId)), cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    private static void CheckReferences(IEnumerable<StudyRecord> studies, IReadOnlySet<string> themes, IReadOnlySet<string> groups, IReadOnlySet<string> methods, IEnumerable<string> parents)
    {
        var missing = studies.SelectMany(s =>
                s.Findings.Select(f => f.ThemeId).Where(t => !themes.Contains(t)).Select(t => $"theme '{t}'")
                .Concat(s.Findings.SelectMany(f => f.PerspectiveIds.Concat(f.AboutIds)).Concat(s.Participants.Select(p => p.GroupId)).Where(g => !groups.Contains(g)).Select(g => $"group '{g}'"))
                .Concat(s.MethodIds.Where(m => !methods.Contains(m)).Select(m => $"method '{m}'")))
            .Concat(parents.Where(p => !themes.Contains(p)).Select(p => $"parent theme '{p}'"))
            .Distinct().ToList();
        if (missing.Count > 0)
        {
            throw new StoreConstraintException("the write names records that do not exist: " + string.Join(", ", missing.Take(10)));
        }
    }

    private static async Task WriteStudiesAsync(Neo4jTransaction tx, IReadOnlyList<StudyRecord> studies, Func<string, int> settingOrdinal, CancellationToken ct)
    {
        await tx.RunAsync(CypherStatements.Get("Write/MergeStudies"), P(("rows", Neo4jSeedRows.Studies(studies, settingOrdinal))), ct);
        var findings = Neo4jSeedRows.Findings(studies);
        for (var start = 0; start < findings.Count; start += FindingBatch)
        {
            await tx.RunAsync(CypherStatements.Get("Write/MergeFindings"), P(("rows", findings.Skip(start).Take(FindingBatch).ToArray())), ct);
        }
    }
}
