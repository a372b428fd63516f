using PeerGraph.Api.GraphQL.Loading;
using PeerGraph.Core.Storage;

namespace PeerGraph.Api.GraphQL.Resolvers;

/// <summary>Fields of the answers to graph questions: evidence cells, theme pairs, paths, search hits.</summary>
internal static class AnalysisResolvers
{
    public static void Register(ResolverMap map)
    {
        map.Field("EvidenceCell", "theme", c => c.Loaders().Theme(c.Source<EvidenceCellResult>().ThemeId));
        map.Field("EvidenceCell", "group", c => c.Loaders().Group(c.Source<EvidenceCellResult>().GroupId));
        map.Field("EvidenceCell", "studies", c => c.Loaders().StudiesOfCell(c.Source<EvidenceCellResult>().Key));

        map.Field("ThemePair", "a", c => c.Loaders().Theme(c.Source<ThemePairResult>().ThemeAId));
        map.Field("ThemePair", "b", c => c.Loaders().Theme(c.Source<ThemePairResult>().ThemeBId));
        map.Field("ThemePair", "sharedStudies", c => c.Loaders().SharedStudiesOfPair(c.Source<ThemePairResult>().Key));

        map.Field("GraphPath", "nodes", c => DataLoaderResults.AllFound(c.Source<GraphPathResult>().Nodes.Select(c.Loaders().Node)));
        map.Field("PathStep", "from", c => c.Loaders().Node(c.Source<PathStepResult>().From));
        map.Field("PathStep", "to", c => c.Loaders().Node(c.Source<PathStepResult>().To));

        map.Field("SearchHit", "node", c => c.Loaders().Node(c.Source<SearchResult>().Node));
    }
}
