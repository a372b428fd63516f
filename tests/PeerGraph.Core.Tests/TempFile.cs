namespace PeerGraph.Core.Tests;

/// <summary>A file name in the temp folder, deleted when disposed.</summary>
internal sealed class TempFile : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"peergraph-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(Path);
}
