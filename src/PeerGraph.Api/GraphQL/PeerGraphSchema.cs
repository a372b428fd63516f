using System.Reflection;
using GraphQL.Types;
using PeerGraph.Api.GraphQL.Conformance;
using PeerGraph.Api.GraphQL.Resolvers;

namespace PeerGraph.Api.GraphQL;

/// <summary>
/// The executable schema, built schema-first from the contract SDL embedded in this assembly
/// (GraphQL/schema.graphql), with resolvers bound per type and field.
/// </summary>
public static class PeerGraphSchema
{
    public static string Sdl { get; } = ReadSdl();

    public static ISchema Create()
    {
        var schema = Schema.For<SpecIntrospectionSchema.Builder>(Sdl, builder =>
        {
            var map = new ResolverMap(builder);
            QueryResolvers.Register(map);
            NodeTypeResolvers.Register(map);
            AnalysisResolvers.Register(map);
            MutationResolvers.Register(map);
        });
        SpecConformance.Apply(schema);
        schema.Initialize();
        return schema;
    }

    private static string ReadSdl()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PeerGraph.Api.GraphQL.schema.graphql")
            ?? throw new InvalidOperationException("the contract SDL is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
