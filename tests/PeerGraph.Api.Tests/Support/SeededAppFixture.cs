namespace PeerGraph.Api.Tests.Support;

/// <summary>One service seeded with the curated seed, shared by read-only tests of a class.</summary>
public sealed class SeededAppFixture : IAsyncLifetime
{
    public TestApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await TestApp.StartAsync();

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
