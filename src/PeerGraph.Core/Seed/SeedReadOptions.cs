namespace PeerGraph.Core.Seed;

/// <summary>How seeds are read.</summary>
public sealed record SeedReadOptions
{
    /// <summary>Default limit on one seed file: 1 GiB, room for a bundle of 100,000 generated studies.</summary>
    public const long DefaultMaxFileBytes = 1L << 30;

    /// <summary>
    /// Folder holding the source documents that <c>source.file</c> names. When set and the file is there, every
    /// evidence string must occur in it verbatim (whitespace aside). Null: evidence is not checked.
    /// </summary>
    public string? SourcesDirectory { get; init; }

    /// <summary>Files larger than this are refused with a problem naming the limit (configuration key PeerGraph:Seed:MaxFileBytes).</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    public static SeedReadOptions Default { get; } = new();
}
