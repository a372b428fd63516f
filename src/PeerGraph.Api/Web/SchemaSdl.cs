namespace PeerGraph.Api.Web;

/// <summary>The contract's SDL as embedded in the API (the same text the schema is built from).</summary>
internal static class SchemaSdl
{
    private static readonly Lazy<string> Sdl = new(() =>
    {
        using var stream = typeof(SchemaSdl).Assembly.GetManifestResourceStream("PeerGraph.Api.GraphQL.schema.graphql")
            ?? throw new InvalidOperationException("the embedded schema.graphql is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Text => Sdl.Value;
}
