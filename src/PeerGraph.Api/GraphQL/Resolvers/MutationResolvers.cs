using GraphQL;
using PeerGraph.Api.GraphQL.Model;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Seed;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.GraphQL.Resolvers;

/// <summary>
/// Curation: every mutation needs an authenticated caller (an API key); input is checked with the same rules as a
/// seed (Core's validators) against the stored graph, and problems come back as user errors with nothing stored.
/// </summary>
internal static class MutationResolvers
{
    public static void Register(ResolverMap map)
    {
        map.FieldAsync("Mutation", "upsertStudy", UpsertStudy);
        map.FieldAsync("Mutation", "deleteStudy", DeleteStudy);
        map.FieldAsync("Mutation", "upsertTheme", UpsertTheme);
    }

    private static void RequireApiKey(IResolveFieldContext context)
    {
        if (context.User?.Identity?.IsAuthenticated != true)
        {
            throw FieldErrors.NotAuthenticated();
        }
    }

    private static async Task<object?> UpsertStudy(IResolveFieldContext context)
    {
        RequireApiKey(context);
        var store = context.Loaders().Store;
        var ct = context.CancellationToken;
        var study = StudyInputArgument.Parse(context.GetArgument<Dictionary<string, object?>>("input"));

        var known = new KnownReferences(
            (await store.GetThemesAsync(study.Findings.Select(f => f.ThemeId).Distinct().ToList(), ct)).Select(t => t.Id).ToHashSet(),
            (await store.GetGroupsAsync(study.Findings.SelectMany(f => f.PerspectiveIds.Concat(f.AboutIds)).Concat(study.Participants.Select(p => p.GroupId)).Distinct().ToList(), ct))
                .Select(g => g.Id).ToHashSet(),
            (await store.GetMethodsAsync(study.MethodIds.Distinct().ToList(), ct)).Select(m => m.Id).ToHashSet());
        var errors = StudyRecordValidator.Validate(study, known).Select(InputPaths.ToUserError).ToList();
        errors.AddRange(await ConflictsAsync(store, study, ct));
        if (errors.Count > 0)
        {
            return new StudyPayloadView(null, errors);
        }
        try
        {
            await store.UpsertStudyAsync(study, ct);
        }
        catch (StoreConstraintException e)
        {
            return new StudyPayloadView(null, [new UserErrorView(["input"], e.Message, "CONFLICT")]);
        }
        return new StudyPayloadView((await store.GetStudiesAsync([study.Id], ct)).SingleOrDefault(), []);
    }

    /// <summary>A DOI or finding id already used by another study.</summary>
    private static async Task<List<UserErrorView>> ConflictsAsync(IGraphStore store, StudyRecord study, CancellationToken ct)
    {
        var conflicts = new List<UserErrorView>();
        if (study.Doi is { } doi && ValueRules.IsDoi(doi))
        {
            var owner = (await store.QueryStudiesAsync(new StudyQuery(new StudyFilter(Doi: doi), First: 1), ct)).Items.FirstOrDefault();
            if (owner is not null && owner.Study.Id != study.Id)
            {
                conflicts.Add(new UserErrorView(["input", "doi"], $"DOI {doi} already belongs to study '{owner.Study.Id}'", "CONFLICT"));
            }
        }
        var findingIds = study.Findings.Select(f => f.Id).ToList();
        foreach (var taken in (await store.GetFindingsAsync(findingIds, ct)).Where(f => f.StudyId != study.Id))
        {
            var index = findingIds.IndexOf(taken.Id);
            conflicts.Add(new UserErrorView(["input", "findings", index.ToString(System.Globalization.CultureInfo.InvariantCulture), "id"],
                $"finding id '{taken.Id}' belongs to study '{taken.StudyId}'", "CONFLICT"));
        }
        return conflicts;
    }

    private static async Task<object?> DeleteStudy(IResolveFieldContext context)
    {
        RequireApiKey(context);
        var id = context.GetArgument<string>("id");
        if (GlobalId.SlugOrGlobalId(id, NodeKind.Study) is not { } slug || !await context.Loaders().Store.DeleteStudyAsync(slug, context.CancellationToken))
        {
            return new DeletePayloadView(null, [new UserErrorView(["id"], $"no study with id '{id}'", "NOT_FOUND")]);
        }
        return new DeletePayloadView(GlobalId.Format(NodeKind.Study, slug), []);
    }

    private static async Task<object?> UpsertTheme(IResolveFieldContext context)
    {
        RequireApiKey(context);
        var store = context.Loaders().Store;
        var input = context.GetArgument<Dictionary<string, object?>>("input");
        var parent = input.GetValueOrDefault("parentId") as string;
        var theme = new Theme(IdArguments.InputSlug((string)input["id"]!, NodeKind.Theme), (string)input["name"]!, input.GetValueOrDefault("description") as string,
            parent is null ? null : IdArguments.InputSlug(parent, NodeKind.Theme));
        var existing = await store.ListThemesAsync(ThemeListScope.Everything, context.CancellationToken);
        var errors = ThemeValidator.Validate(theme, existing.ToDictionary(t => t.Id, t => t.ParentId, StringComparer.Ordinal))
            .Select(InputPaths.ToUserError).ToList();
        if (errors.Count > 0)
        {
            return new ThemePayloadView(null, errors);
        }
        await store.UpsertThemeAsync(theme, context.CancellationToken);
        return new ThemePayloadView((await store.GetThemesAsync([theme.Id], context.CancellationToken)).SingleOrDefault(), []);
    }
}
