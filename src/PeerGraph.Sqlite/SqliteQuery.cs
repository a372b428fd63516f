using Microsoft.Data.Sqlite;

namespace PeerGraph.Sqlite;

/// <summary>Runs one parameterised statement on a connection and maps its rows.</summary>
internal static class SqliteQuery
{
    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    public static async Task<List<T>> ListAsync<T>(
        SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await ReadAllAsync(command, map, cancellationToken);
    }

    /// <summary>Runs <paramref name="sql"/> on a read session, with the statement it keeps prepared.</summary>
    public static async Task<List<T>> ListAsync<T>(
        ReadSession session, string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        return await ReadAllAsync(session.Prepared(sql, parameters), map, cancellationToken);
    }

    private static Task<List<T>> ReadAllAsync<T>(SqliteCommand command, Func<SqliteDataReader, T> map, CancellationToken cancellationToken) =>
        StatementInterrupt.RunAsync(command, async (statement, ct) =>
        {
            // Disposing the reader resets the statement, so a kept session holds no read transaction afterwards.
            await using var reader = await statement.ExecuteReaderAsync(ct);
            var rows = new List<T>();
            while (await reader.ReadAsync(ct))
            {
                rows.Add(map(reader));
            }
            return rows;
        }, cancellationToken);

    public static async Task<long> ScalarAsync(ReadSession session, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var value = await StatementInterrupt.RunAsync(session.Prepared(sql, parameters), (statement, ct) => statement.ExecuteScalarAsync(ct), cancellationToken);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<long> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        var value = await StatementInterrupt.RunAsync(command, (statement, ct) => statement.ExecuteScalarAsync(ct), cancellationToken);
        return value is null or DBNull ? 0 : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
