using GraphQL;
using PeerGraph.Api.GraphQL.Loading;
using PeerGraph.Api.GraphQL.Model;
using PeerGraph.Core.Domain;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.GraphQL.Resolvers;

/// <summary>The fields of the Node types that are not plain properties of their records.</summary>
internal static class NodeTypeResolvers
{
    public static void Register(ResolverMap map)
    {
        RegisterIds(map);
        RegisterStudy(map);
        RegisterFinding(map);
        RegisterTheme(map);
        RegisterGroup(map);

        map.Field("Journal", "studies", c => c.Loaders().StudiesOfJournal(c.Source<Journal>().Id));
        map.Field("Author", "studies", c => c.Loaders().StudiesOfAuthor(c.Source<Author>().Id));
        map.Field("Method", "kind", c => MethodKindValues.Format(c.Source<Method>().Kind));
        map.Field("Method", "studies", c => c.Loaders().StudiesOfMethod(c.Source<Method>().Id));
        map.Field("Setting", "studies", c => c.Loaders().StudiesOfSetting(c.Source<Setting>().Id));
    }

    private static void RegisterIds(ResolverMap map)
    {
        void Node<T>(NodeKind kind, Func<T, string> slug)
        {
            var type = kind.ToString();
            map.IsTypeOf<T>(type);
            map.Field(type, "id", c => GlobalId.Format(kind, slug(c.Source<T>())));
        }
        Node<Study>(NodeKind.Study, s => s.Id);
        Node<Finding>(NodeKind.Finding, f => f.Id);
        Node<Theme>(NodeKind.Theme, t => t.Id);
        Node<StakeholderGroup>(NodeKind.StakeholderGroup, g => g.Id);
        Node<Journal>(NodeKind.Journal, j => j.Id);
        Node<Author>(NodeKind.Author, a => a.Id);
        Node<Method>(NodeKind.Method, m => m.Id);
        Node<Setting>(NodeKind.Setting, x => x.Id);
    }

    private static void RegisterStudy(ResolverMap map)
    {
        map.Field("Study", "journal", c => c.Source<Study>().JournalId is { } id ? c.Loaders().Journal(id) : null);
        map.Field("Study", "authors", c => c.Loaders().AuthorsOfStudy(c.Source<Study>().Id));
        map.Field("Study", "methods", c =>
        {
            var kind = MethodKindValues.Parse(c.GetArgument<string?>("kind"));
            var methods = c.Loaders().MethodsOfStudy(c.Source<Study>().Id);
            return kind is null ? methods : methods.Then(list => (IReadOnlyList<Method>)list.Where(m => m.Kind == kind).ToList());
        });
        map.Field("Study", "settings", c => c.Loaders().SettingsOfStudy(c.Source<Study>().Id));
        map.Field("Study", "participants", c => c.Loaders().ParticipantsOfStudy(c.Source<Study>().Id));
        map.Field("Study", "findings", c =>
        {
            var theme = IdArguments.Slug(c.GetArgument<string?>("themeId"), NodeKind.Theme, "themeId");
            var perspective = IdArguments.Slug(c.GetArgument<string?>("perspectiveId"), NodeKind.StakeholderGroup, "perspectiveId");
            return c.Loaders().WhenKnown(NodeKind.Theme, theme, "themeId", c.Loaders().WhenKnown(NodeKind.StakeholderGroup, perspective, "perspectiveId",
                c.Loaders().FindingsOfStudy(c.Source<Study>().Id, new FindingFilter(theme, perspective))));
        });
        map.Field("Study", "themes", c => c.Loaders().ThemesOfStudy(c.Source<Study>().Id));
        map.Field("Study", "relatedStudies", c =>
        {
            var first = c.GetArgument("first", 5);
            if (first is < 0 or > QueryResolvers.MaxFirst)
            {
                throw FieldErrors.InvalidArgument("first", $"must be between 0 and {QueryResolvers.MaxFirst}, got {first}");
            }
            return c.Loaders().RelatedStudies(c.Source<Study>().Id, first);
        });
        map.Field("Participation", "group", c => c.Loaders().Group(c.Source<Participation>().GroupId));
        map.Field("RelatedStudy", "study", c => c.Loaders().Study(c.Source<RelatedStudy>().StudyId));
        map.Field("RelatedStudy", "sharedThemes", c => DataLoaderResults.AllFound(c.Source<RelatedStudy>().SharedThemeIds.Select(c.Loaders().Theme)));
    }

    private static void RegisterFinding(ResolverMap map)
    {
        map.Field("Finding", "study", c => c.Loaders().Study(c.Source<Finding>().StudyId));
        map.Field("Finding", "theme", c => c.Loaders().Theme(c.Source<Finding>().ThemeId));
        map.Field("Finding", "perspectives", c => DataLoaderResults.AllFound(c.Source<Finding>().PerspectiveIds.Select(c.Loaders().Group)));
        map.Field("Finding", "about", c => DataLoaderResults.AllFound(c.Source<Finding>().AboutIds.Select(c.Loaders().Group)));
    }

    private static void RegisterTheme(ResolverMap map)
    {
        map.Field("Theme", "parent", c => c.Source<Theme>().ParentId is { } parent ? c.Loaders().Theme(parent) : null);
        map.Field("Theme", "children", c => c.Loaders().ChildrenOfTheme(c.Source<Theme>().Id));
        map.Field("Theme", "findings", c =>
        {
            var perspective = IdArguments.Slug(c.GetArgument<string?>("perspectiveId"), NodeKind.StakeholderGroup, "perspectiveId");
            return c.Loaders().WhenKnown(NodeKind.StakeholderGroup, perspective, "perspectiveId",
                c.Loaders().FindingsOfTheme(c.Source<Theme>().Id, perspective, c.GetArgument("includeDescendants", false)));
        });
        map.Field("Theme", "studies", c => c.Loaders().StudiesOfTheme(c.Source<Theme>().Id));
        map.Field("Theme", "studyCount", c => c.Loaders().StudyCountOfTheme(c.Source<Theme>().Id));
        map.Field("Theme", "perspectives", c => c.Loaders().PerspectivesOfTheme(c.Source<Theme>().Id));
        map.Field("GroupCount", "group", c => c.Loaders().Group(c.Source<GroupCount>().GroupId));
    }

    private static void RegisterGroup(ResolverMap map)
    {
        map.Field("StakeholderGroup", "studies", c => c.Loaders().StudiesSamplingGroup(c.Source<StakeholderGroup>().Id));
        map.Field("StakeholderGroup", "findings", c =>
        {
            var theme = IdArguments.Slug(c.GetArgument<string?>("themeId"), NodeKind.Theme, "themeId");
            return c.Loaders().WhenKnown(NodeKind.Theme, theme, "themeId", c.Loaders().FindingsFromGroup(c.Source<StakeholderGroup>().Id, theme));
        });
        map.Field("StakeholderGroup", "themes", c => c.Loaders().ThemesOfGroup(c.Source<StakeholderGroup>().Id));
    }
}
