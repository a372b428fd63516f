using Microsoft.Extensions.Options;
using PeerGraph.Core.Seed;

namespace PeerGraph.Api.Hosting;

/// <summary>
/// The one way seeds are read, by <c>serve</c> (into an empty store) and by <c>seed validate|load</c>: the same default
/// path, file size limit (PeerGraph:Seed:MaxFileBytes) and evidence check against the source documents. Checks that
/// cannot run come back as <see cref="SeedReadResult.Warnings"/> for the caller to show.
/// </summary>
public sealed class SeedSource(IOptions<PeerGraphOptions> options)
{
    /// <summary>PeerGraph:SeedPath, else the repository's <c>seed/</c>; null when neither is there.</summary>
    public string? DefaultPath => options.Value.SeedPath is { Length: > 0 } configured ? Path.GetFullPath(configured) : SeedLocator.FindDefaultSeed();

    /// <summary>Reads and validates the seed at <paramref name="path"/>, or at <see cref="DefaultPath"/> when null.</summary>
    public Task<(string Path, SeedReadResult Result)> ReadAsync(string? path, CancellationToken cancellationToken) =>
        ReadAsync(path, SeedReader.ReadAsync, cancellationToken);

    /// <summary>Validates the seed holding one study of a bundle at a time (<see cref="SeedReader.CheckAsync"/>).</summary>
    public Task<(string Path, SeedReadResult Result)> CheckAsync(string? path, CancellationToken cancellationToken) =>
        ReadAsync(path, SeedReader.CheckAsync, cancellationToken);

    /// <summary>Opens the seed to load, a bundle's studies checked as they are loaded (<see cref="SeedReader.OpenAsync"/>).</summary>
    public Task<(string Path, SeedReadResult Result)> OpenAsync(string? path, CancellationToken cancellationToken) =>
        ReadAsync(path, SeedReader.OpenAsync, cancellationToken);

    private async Task<(string Path, SeedReadResult Result)> ReadAsync(
        string? path, Func<string, SeedReadOptions, CancellationToken, Task<SeedReadResult>> read, CancellationToken cancellationToken)
    {
        var seedPath = path is { Length: > 0 } ? Path.GetFullPath(path) : DefaultPath
            ?? throw new PeerGraphStartupException("No seed given and no seed/ folder found: pass a seed PATH or set PeerGraph:SeedPath.", PeerGraphStartupException.InvalidInput);
        var settings = options.Value.Seed;
        var readOptions = new SeedReadOptions
        {
            SourcesDirectory = SeedLocator.FindSources(seedPath, settings.SourcesDir),
            MaxFileBytes = settings.MaxFileBytes,
        };
        return (seedPath, await read(seedPath, readOptions, cancellationToken));
    }
}
