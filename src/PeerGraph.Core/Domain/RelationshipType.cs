namespace PeerGraph.Core.Domain;

/// <summary>The relationship types of the graph model, as stored (Neo4j relationship types).</summary>
public static class RelationshipType
{
    public const string Reports = "REPORTS";
    public const string About = "ABOUT";
    public const string FromPerspectiveOf = "FROM_PERSPECTIVE_OF";
    public const string Concerns = "CONCERNS";
    public const string Sampled = "SAMPLED";
    public const string PublishedIn = "PUBLISHED_IN";
    public const string Authored = "AUTHORED";
    public const string UsedMethod = "USED_METHOD";
    public const string ConductedIn = "CONDUCTED_IN";
    public const string SubthemeOf = "SUBTHEME_OF";

    public static IReadOnlyList<string> All { get; } =
        [Reports, About, FromPerspectiveOf, Concerns, Sampled, PublishedIn, Authored, UsedMethod, ConductedIn, SubthemeOf];
}
