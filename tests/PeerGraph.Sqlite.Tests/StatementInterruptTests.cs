using Microsoft.Data.Sqlite;

namespace PeerGraph.Sqlite.Tests;

/// <summary>A cancelled request stops the statement SQLite is computing, not only the reading of its rows.</summary>
public sealed class StatementInterruptTests
{
    // One row, computed by a recursion of 50 million steps: seconds of work before the first row exists.
    private const string LongStatement = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) SELECT count(*) FROM n";

    [Fact]
    public async Task A_cancelled_token_interrupts_a_statement_before_its_first_row()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        // Without the interrupt the statement runs to its end and returns the count.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SqliteQuery.ScalarAsync(connection, LongStatement, cancellation.Token));

        // The connection is usable afterwards: the interrupt does not reach the next statement.
        Assert.Equal(3, await SqliteQuery.ScalarAsync(connection, "SELECT 3", CancellationToken.None));
    }

    [Fact]
    public async Task A_listed_statement_is_interrupted_too()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            SqliteQuery.ListAsync(connection, LongStatement, reader => reader.GetInt64(0), cancellation.Token));
    }
}
