using GraphQL;
using GraphQL.Introspection;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// A schema with the parts of the October 2021 spec's introspection that GraphQL.NET 8 lacks: the <c>@specifiedBy</c>
/// directive (3.13.4) and <c>__Type.specifiedByURL</c> (4.2.1), which clients such as GraphiQL ask for. Without them
/// an introspection query naming <c>specifiedByURL</c> failed validation. The field is added to GraphQL.NET's own
/// <c>__Type</c> just before the schema initialises it (the library's <see cref="Schema.OnBeforeInitializeType"/>
/// hook); it gives the <c>url</c> of a scalar's <c>@specifiedBy</c>, and null for every other type and the built-in scalars.
/// </summary>
public sealed class SpecifiedBySchema : Schema
{
    public const string DirectiveName = "specifiedBy";

    public SpecifiedBySchema(IServiceProvider services, bool runConfigurations)
        : base(services, runConfigurations)
    {
        Directives.Register(new SpecifiedByDirective());
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        if (graphType is __Type type && !type.HasField("specifiedByURL"))
        {
            type.Field<StringGraphType>("specifiedByURL").Resolve(context => context.Source is ScalarGraphType scalar ? SpecifiedByUrl(scalar) : null);
        }
    }

    private static string? SpecifiedByUrl(ScalarGraphType scalar) =>
        scalar.FindAppliedDirective(DirectiveName)?.FindArgument("url")?.Value as string;

    /// <summary>
    /// <c>directive @specifiedBy(url: String!) on SCALAR</c>. Introspected although its only location is in the type
    /// system (GraphQL.NET shows only directives with executable locations unless told), as graphql-js does.
    /// </summary>
    private sealed class SpecifiedByDirective : Directive
    {
        public SpecifiedByDirective()
            : base(DirectiveName, DirectiveLocation.Scalar)
        {
            Description = "Exposes a URL that specifies the behavior of this scalar.";
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
            {
                Name = "url",
                Description = "The URL that specifies the behavior of this scalar.",
            });
        }

        public override bool? Introspectable => true;
    }

    /// <summary>Builds the schema from SDL as <see cref="SchemaBuilder"/> does, as a <see cref="SpecifiedBySchema"/>.</summary>
    public sealed class Builder : SchemaBuilder
    {
        protected override Schema CreateSchema() => new SpecifiedBySchema(ServiceProvider, RunConfigurations);
    }
}
