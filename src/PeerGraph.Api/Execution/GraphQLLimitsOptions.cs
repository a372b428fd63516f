using System.ComponentModel.DataAnnotations;

namespace PeerGraph.Api.Execution;

/// <summary>
/// Limits on what one request may ask, and what the endpoint shows of itself (configuration section
/// <c>PeerGraph:GraphQL</c>). Each limit, when exceeded, is reported to the client with the limit and its setting.
/// Validated at start: a bad value stops the service with a message naming the key.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    public const string Section = "PeerGraph:GraphQL";

    /// <summary>Longest document accepted, in characters. Default 100,000.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "PeerGraph:GraphQL:MaxDocumentLength must be a whole number from {1} to {2}.")]
    public int MaxDocumentLength { get; set; } = 100_000;

    /// <summary>Deepest field nesting accepted (fragments followed). Default 15.</summary>
    [Range(1, 1000, ErrorMessage = "PeerGraph:GraphQL:MaxDepth must be a whole number from {1} to {2}.")]
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest complexity accepted, as GraphQL.NET's complexity analyzer computes it. Default 250,000.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "PeerGraph:GraphQL:MaxComplexity must be a whole number from {1} to {2}.")]
    public int MaxComplexity { get; set; } = 250_000;

    /// <summary>
    /// Most field selections written in one document (a fragment's counted once). Default 500. Checked before
    /// validation, whose cost grows with the square of the fields selected side by side.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "PeerGraph:GraphQL:MaxFields must be a whole number from {1} to {2}.")]
    public int MaxFields { get; set; } = 500;

    /// <summary>Most aliases accepted in one document. Default 100.</summary>
    [Range(0, 100_000, ErrorMessage = "PeerGraph:GraphQL:MaxAliases must be a whole number from {1} to {2}.")]
    public int MaxAliases { get; set; } = 100;

    /// <summary>Largest request body accepted, in bytes; beyond it the answer is 413. Default 1 MiB.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "PeerGraph:GraphQL:MaxRequestBodyBytes must be a whole number from {1} to {2}.")]
    public int MaxRequestBodyBytes { get; set; } = 1 << 20;

    /// <summary>
    /// Largest response body sent, in bytes. A larger answer is replaced, before any of it is sent, by an error naming
    /// this limit. Default 8 MiB.
    /// </summary>
    [Range(1024, int.MaxValue, ErrorMessage = "PeerGraph:GraphQL:MaxResponseBytes must be a whole number from {1} to {2}.")]
    public int MaxResponseBytes { get; set; } = 8 << 20;

    /// <summary>
    /// Longest a request may take to parse, validate and execute (written <c>hh:mm:ss</c>); then it is cancelled,
    /// the store's statements with it, and answered with an error naming this limit. Default 30 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "PeerGraph:GraphQL:RequestTimeout must be a duration (hh:mm:ss) from {1} to {2}.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether the schema can be introspected (<c>__schema</c>, <c>__type</c>; <c>__typename</c> always works). Default true.</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>How many parsed and validated documents are kept (least recently used dropped first). Default 1,000; 0 turns caching off.</summary>
    [Range(0, 1_000_000, ErrorMessage = "PeerGraph:GraphQL:DocumentCacheSize must be a whole number from {1} to {2}.")]
    public int DocumentCacheSize { get; set; } = 1000;
}
