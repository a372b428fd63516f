using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser.AST;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// A schema whose introspection has what GraphQL.NET 8 lacks and the spec and graphql-js 16 have: the
/// <c>@specifiedBy</c> directive (October 2021 spec 3.13.4) and <c>__Type.specifiedByURL</c> (4.2.1), the <c>@oneOf</c>
/// directive, and <c>includeDeprecated</c> on <c>__Directive.args</c> (the input value deprecation of later editions,
/// which GraphQL.NET has on <c>__Field.args</c> and <c>__Type.inputFields</c> only). Without them graphql-js's full introspection query
/// failed validation. The fields are added to GraphQL.NET's own introspection types just before the schema initialises
/// them (the library's <see cref="Schema.OnBeforeInitializeType"/> hook). <c>specifiedByURL</c> gives the <c>url</c> of a
/// scalar's <c>@specifiedBy</c>, null for every other type and the built-in scalars.
/// </summary>
public sealed class SpecIntrospectionSchema : Schema
{
    public const string DirectiveName = "specifiedBy";

    public SpecIntrospectionSchema(IServiceProvider services, bool runConfigurations)
        : base(services, runConfigurations)
    {
        Directives.Register(new SpecifiedByDirective());
        if (Directives.Find(OneOfDirective.DirectiveName) is null)
        {
            Directives.Register(new OneOfDirective());
        }
    }

    protected override void OnBeforeInitializeType(IGraphType graphType)
    {
        if (graphType is __Type type && !type.HasField("specifiedByURL"))
        {
            type.Field<StringGraphType>("specifiedByURL").Resolve(context => context.Source is ScalarGraphType scalar ? SpecifiedByUrl(scalar) : null);
        }
        if (graphType is __Directive directive && directive.GetField("args") is { } args && args.Arguments?.Find(IncludeDeprecated) is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = IncludeDeprecated, DefaultValue = false });
            args.Resolver = new FuncFieldResolver<Directive, IEnumerable<QueryArgument>>(context =>
                (context.Source.Arguments ?? []).Where(a => context.GetArgument<bool>(IncludeDeprecated) || string.IsNullOrWhiteSpace(a.DeprecationReason)));
        }
    }

    private const string IncludeDeprecated = "includeDeprecated";

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

    /// <summary>
    /// <c>directive @oneOf on INPUT_OBJECT</c> (September 2025 spec, 3.10.1). GraphQL.NET enforces @oneOf input objects
    /// written in SDL but does not list the directive; introspection now does, as graphql-js does.
    /// </summary>
    private sealed class OneOfDirective : Directive
    {
        public const string DirectiveName = "oneOf";

        public OneOfDirective()
            : base(DirectiveName, DirectiveLocation.InputObject)
        {
            Description = "Indicates exactly one field must be supplied and this field must not be `null`.";
        }

        public override bool? Introspectable => true;
    }

    /// <summary>Builds the schema from SDL as <see cref="SchemaBuilder"/> does, as a <see cref="SpecIntrospectionSchema"/>.</summary>
    public sealed class Builder : SchemaBuilder
    {
        protected override Schema CreateSchema() => new SpecIntrospectionSchema(ServiceProvider, RunConfigurations);
    }
}
