namespace PeerGraph.Browser.Tests.Support;

/// <summary>One service and one browser for every browser test class (they only read).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ExplorerFixture>
{
    public const string Name = "browser";
}
