using GraphQL.Introspection;
using GraphQL.Types;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// GraphQL.NET's default introspection filter, with <c>__Directive</c>'s fields as the spec has them (October 2021,
/// 4.2.1): <c>isRepeatable</c> listed (GraphQL.NET 8 answers it when asked but leaves it out of
/// <c>__type(name: "__Directive") { fields }</c> as an experimental feature), and the fields of the 2015 drafts
/// (<c>onOperation</c>, <c>onFragment</c>, <c>onField</c>, deprecated in GraphQL.NET, absent from the spec and graphql-js)
/// not listed. GraphQL.NET has no way to remove a field from its introspection types; a request naming one of these
/// three still gets an answer. Applied directives stay hidden.
/// </summary>
public sealed class SpecSchemaFilter : DefaultSchemaFilter
{
    private static readonly string[] LegacyDirectiveFields = ["onOperation", "onFragment", "onField"];

    public override Task<bool> AllowField(IGraphType parent, IFieldType field) => parent is __Directive
        ? field.Name == "isRepeatable" ? Allowed : LegacyDirectiveFields.Contains(field.Name) ? Forbidden : base.AllowField(parent, field)
        : base.AllowField(parent, field);
}
