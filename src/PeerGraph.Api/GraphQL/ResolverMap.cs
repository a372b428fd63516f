using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Utilities;

namespace PeerGraph.Api.GraphQL;

/// <summary>Binds resolvers to the fields of the schema-first SDL, by type and field name.</summary>
internal sealed class ResolverMap(SchemaBuilder builder)
{
    public void Field(string type, string field, Func<IResolveFieldContext, object?> resolve) =>
        builder.Types.For(type).FieldFor(field).Resolver = new FuncFieldResolver<object?>(resolve);

    public void FieldAsync(string type, string field, Func<IResolveFieldContext, Task<object?>> resolve) =>
        builder.Types.For(type).FieldFor(field).Resolver = new FuncFieldResolver<object?>(context => new ValueTask<object?>(resolve(context)));

    /// <summary>Objects of CLR type <typeparamref name="T"/> are of GraphQL type <paramref name="type"/> (Node resolution).</summary>
    public void IsTypeOf<T>(string type) => builder.Types.For(type).IsTypeOfFunc = value => value is T;
}
