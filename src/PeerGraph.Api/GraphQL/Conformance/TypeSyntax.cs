using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>Type references as written in a document (<c>[ID!]!</c>), for the rules' messages and lookups.</summary>
internal static class TypeSyntax
{
    public static string Print(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => Print(nonNull.Type) + "!",
        GraphQLListType list => "[" + Print(list.Type) + "]",
        GraphQLNamedType named => named.Name.StringValue,
        _ => "?",
    };

    public static GraphQLNamedType NamedType(GraphQLType type) => type switch
    {
        GraphQLNonNullType nonNull => NamedType(nonNull.Type),
        GraphQLListType list => NamedType(list.Type),
        _ => (GraphQLNamedType)type,
    };
}
