using System.ComponentModel.DataAnnotations;

namespace PeerGraph.Api.Execution;

/// <summary>
/// Limits on what one request may ask (configuration section <c>PeerGraph:GraphQL</c>). Each limit, when exceeded,
/// is reported to the client with the limit and the value found.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    public const string Section = "PeerGraph:GraphQL";

    /// <summary>Longest document accepted, in characters. Default 100,000.</summary>
    [Range(1, int.MaxValue)]
    public int MaxDocumentLength { get; set; } = 100_000;

    /// <summary>Deepest field nesting accepted (fragments followed). Default 15.</summary>
    [Range(1, 1000)]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest complexity accepted, as GraphQL.NET's complexity analyzer computes it. Default 250,000.</summary>
    [Range(1, int.MaxValue)]
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>Most aliases accepted in one document. Default 100.</summary>
    [Range(0, 100_000)]
    public int MaxAliases { get; set; } = 100;

    /// <summary>Largest request body accepted, in bytes; beyond it the answer is 413. Default 1 MiB.</summary>
    [Range(1, int.MaxValue)]
    public int MaxRequestBodyBytes { get; set; } = 1 << 20;

    /// <summary>How many parsed and validated documents are kept (least recently used dropped first). Default 1,000; 0 turns caching off.</summary>
    [Range(0, 1_000_000)]
    public int DocumentCacheSize { get; set; } = 1000;
}
