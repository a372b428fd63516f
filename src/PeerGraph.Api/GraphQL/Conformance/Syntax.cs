using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>Type references and values as written in a document (<c>[ID!]!</c>, <c>{ a: 1 }</c>), for the rules' messages and lookups.</summary>
internal static class Syntax
{
    private static readonly SDLPrinter Printer = new();

    public static string Print(GraphQLValue value)
    {
        using var writer = new StringWriter();
        Printer.PrintAsync(value, writer).AsTask().GetAwaiter().GetResult(); // writes to a StringWriter: completes synchronously
        return writer.ToString();
    }

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
