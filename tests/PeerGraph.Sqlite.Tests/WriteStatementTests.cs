using Microsoft.Data.Sqlite;

namespace PeerGraph.Sqlite.Tests;

/// <summary>
/// The write path's prepared statements bind by position: every parameter must be given, in the order the statement
/// was prepared with, or the statement refuses (a value left out would silently keep the run before's).
/// </summary>
public sealed class WriteStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public WriteStatementTests()
    {
        _connection.Open();
        using var command = _connection.CreateCommand();
        command.CommandText = "CREATE TABLE t (a TEXT, b INTEGER)";
        command.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    private const string Insert = "INSERT INTO t (a, b) VALUES ($a, $b)";

    [Fact]
    public void Values_are_bound_by_position_run_after_run()
    {
        using var statement = new WriteStatement(_connection, Insert, [("$a", null), ("$b", null)]);

        Assert.Equal(1, statement.Execute([("$a", "x"), ("$b", 1)]));
        Assert.Equal(1, statement.Execute([("$a", null), ("$b", 2L)]));

        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT group_concat(coalesce(a, '-') || b, ',') FROM t";
        Assert.Equal("x1,-2", command.ExecuteScalar());
    }

    [Fact]
    public void A_statement_given_fewer_parameters_than_it_has_is_refused_when_prepared()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new WriteStatement(_connection, Insert, [("$a", null)]));

        Assert.Contains("has 2 parameters, 1 were given", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_in_another_order_than_prepared_are_refused_and_nothing_is_written()
    {
        using var statement = new WriteStatement(_connection, Insert, [("$a", null), ("$b", null)]);

        var e = Assert.Throws<InvalidOperationException>(() => statement.Execute([("$b", 1), ("$a", "x")]));

        Assert.Contains("parameter 0 is $b", e.Message, StringComparison.Ordinal);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM t";
        Assert.Equal(0L, command.ExecuteScalar());
    }
}
