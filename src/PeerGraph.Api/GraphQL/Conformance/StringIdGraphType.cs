using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// The ID scalar, parsed to a string whatever form it came in. GraphQL spec §3.5.5: an integer input "should be coerced
/// to ID", and an ID is serialized as a String; GraphQL.NET 8.8.5's <see cref="IdGraphType"/> accepts integers but
/// hands them on as int, long or BigInteger, which every resolver would then have to convert.
/// </summary>
internal sealed class StringIdGraphType : IdGraphType
{
    public override object? ParseLiteral(GraphQLValue value) => Text(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => Text(base.ParseValue(value));

    private static object? Text(object? id) => id is null or string ? id : Convert.ToString(id, CultureInfo.InvariantCulture);
}
