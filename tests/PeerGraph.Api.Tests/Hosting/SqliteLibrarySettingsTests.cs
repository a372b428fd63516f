using PeerGraph.Api.Tests.Support;

namespace PeerGraph.Api.Tests.Hosting;

/// <summary>
/// The service sets SQLite's process-wide settings before its store opens the first connection (SqliteLibrarySettings
/// in the SQLite store): nothing in this test process opens SQLite any other way.
/// </summary>
public sealed class SqliteLibrarySettingsTests(SeededAppFixture fixture) : IClassFixture<SeededAppFixture>
{
    [Fact]
    public async Task The_service_runs_SQLite_without_memory_statistics()
    {
        var data = await fixture.App.DataAsync("{ search(text: \"peer\", first: 3) { score } }");
        Assert.NotEmpty(data["search"]!.AsArray());

        // SQLite's default in this build counts every allocation: a seeded store holds megabytes.
        Assert.Equal(0, SQLitePCL.raw.sqlite3_memory_used());
    }
}
