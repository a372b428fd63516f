using Microsoft.Data.Sqlite;

namespace PeerGraph.Sqlite;

/// <summary>
/// One open read connection that keeps its statements prepared between uses, rented from a <see cref="ReadSessionPool"/>
/// for one store call and given back on dispose.
/// Hand-written because Microsoft.Data.Sqlite prepares a statement again for every new command and finalises it when the
/// command or the connection closes; profiles of the load queries showed preparing costing more than running the
/// small batch statements. A command keeps its prepared statement as long as it and its connection live, so each
/// session keeps one command per SQL text (bounded) and its connection open.
/// </summary>
internal sealed class ReadSession : IAsyncDisposable
{
    private const int MaxStatements = 128;

    private readonly ReadSessionPool _pool;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public ReadSession(ReadSessionPool pool, SqliteConnection connection)
    {
        _pool = pool;
        Connection = connection;
    }

    /// <summary>For statements that are not worth keeping (temp tables of one path search); dispose their commands.</summary>
    public SqliteConnection Connection { get; }

    /// <summary>The command for <paramref name="sql"/>, prepared at its first run, with these parameter values. Not to be disposed.</summary>
    public SqliteCommand Prepared(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            if (_commands.Count >= MaxStatements)
            {
                DisposeCommands();
            }
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        return command;
    }

    public ValueTask DisposeAsync()
    {
        _pool.Return(this);
        return ValueTask.CompletedTask;
    }

    /// <summary>Closes the connection for good (the pool is full or closing).</summary>
    public void Close()
    {
        DisposeCommands();
        Connection.Dispose();
    }

    private void DisposeCommands()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
    }
}
