using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PeerGraph.Sqlite;

/// <summary>
/// One statement of the write path, prepared once on the write connection and run again and again with its values
/// bound by position, through SQLitePCL.raw (the library under Microsoft.Data.Sqlite, on the same connection and
/// transaction). Hand-written because Microsoft.Data.Sqlite looks every parameter up by name (a UTF-8 copy of the name
/// and <c>sqlite3_bind_parameter_index</c>) and makes a data reader at every execution: a seed load then ran about
/// 40 statements a study, one row each, and in its profile binding alone took 9 s of 100,000 studies' 26 s of row inserts.
/// Errors are Microsoft.Data.Sqlite's own <see cref="SqliteException"/> (same codes and messages), and a busy or
/// locked database is retried until the connection's timeout, as Microsoft.Data.Sqlite does.
/// </summary>
internal sealed class WriteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int[] _indexes;
    private readonly string[] _names;
    private readonly int _timeoutMs;

    public WriteStatement(SqliteConnection connection, string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        (_db, _timeoutMs, _statement) = Prepare(connection, sql);
        // Every parameter bound on every run: one left out would keep the value of the run before.
        var declared = raw.sqlite3_bind_parameter_count(_statement);
        if (declared != parameters.Length)
        {
            _statement.Dispose();
            throw new InvalidOperationException($"the statement has {declared} parameters, {parameters.Length} were given: {sql}");
        }
        _indexes = new int[parameters.Length];
        _names = new string[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            _names[i] = parameters[i].Name;
            _indexes[i] = raw.sqlite3_bind_parameter_index(_statement, parameters[i].Name);
            if (_indexes[i] == 0)
            {
                _statement.Dispose();
                throw new InvalidOperationException($"the statement has no parameter {parameters[i].Name}: {sql}");
            }
        }
    }

    /// <summary>
    /// A statement whose parameters are numbered, not named (<c>?</c> or <c>?NNN</c>: a seed load's statements of many
    /// rows), run with <see cref="ExecuteValues"/>: value i goes to parameter i + 1.
    /// </summary>
    public WriteStatement(SqliteConnection connection, string sql, int parameterCount)
    {
        (_db, _timeoutMs, _statement) = Prepare(connection, sql);
        var declared = raw.sqlite3_bind_parameter_count(_statement);
        if (declared != parameterCount)
        {
            _statement.Dispose();
            throw new InvalidOperationException($"the statement has {declared} parameters, {parameterCount} were expected: {sql}");
        }
        _names = [];
        _indexes = new int[parameterCount];
        for (var i = 0; i < parameterCount; i++)
        {
            _indexes[i] = i + 1;
        }
    }

    private static (sqlite3 Db, int TimeoutMs, sqlite3_stmt Statement) Prepare(SqliteConnection connection, string sql)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("the write connection is not open");
        var rc = raw.sqlite3_prepare_v2(db, sql, out var statement, out string tail);
        SqliteException.ThrowExceptionForRC(rc, db);
        if (!string.IsNullOrWhiteSpace(tail) && !tail.TrimStart().StartsWith("--", StringComparison.Ordinal))
        {
            statement.Dispose();
            throw new InvalidOperationException($"a write statement must be one statement; after it comes: {tail.Trim()}");
        }
        return (db, connection.DefaultTimeout * 1000, statement);
    }

    /// <summary>Runs the statement with these values (in the order it was prepared with); returns the rows it changed.</summary>
    public int Execute(ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (parameters.Length != _names.Length)
        {
            throw new InvalidOperationException($"the statement was prepared with {_names.Length} parameters, {parameters.Length} were given");
        }
        for (var i = 0; i < parameters.Length; i++)
        {
            // Bound by position: the names must come in the order the statement was prepared with.
            if (!string.Equals(parameters[i].Name, _names[i], StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"parameter {i} is {parameters[i].Name}; the statement was prepared with {_names[i]} there");
            }
            Bind(_indexes[i], parameters[i].Value);
        }
        return Step();
    }

    /// <summary>
    /// Runs the statement with these values, one for each of its parameters in the order it was prepared with (the
    /// names, if it has any, are not checked: the caller keeps them in that order); returns the rows it changed.
    /// </summary>
    public int ExecuteValues(ReadOnlySpan<object?> values)
    {
        if (values.Length != _indexes.Length)
        {
            throw new InvalidOperationException($"the statement was prepared with {_indexes.Length} parameters, {values.Length} values were given");
        }
        for (var i = 0; i < values.Length; i++)
        {
            Bind(_indexes[i], values[i]);
        }
        return Step();
    }

    private int Step()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED)
            {
                rc = RetryWhileBusy();
            }
            while (rc == raw.SQLITE_ROW)
            {
                rc = raw.sqlite3_step(_statement);
            }
            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, _db);
            }
            return raw.sqlite3_changes(_db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    private int RetryWhileBusy()
    {
        var waited = Stopwatch.StartNew();
        int rc;
        do
        {
            raw.sqlite3_reset(_statement);
            Thread.Sleep(150);
            rc = raw.sqlite3_step(_statement);
        }
        while (rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED && (_timeoutMs == 0 || waited.ElapsedMilliseconds < _timeoutMs));
        return rc;
    }

    private void Bind(int index, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, index),
            string text => raw.sqlite3_bind_text(_statement, index, text),
            int number => raw.sqlite3_bind_int64(_statement, index, number),
            long number => raw.sqlite3_bind_int64(_statement, index, number),
            bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
            double number => raw.sqlite3_bind_double(_statement, index, number),
            _ => throw new ArgumentException($"no binding for a {value.GetType().Name} value", nameof(value)),
        };
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>SQLITE_STMTSTATUS_REPREPARE (sqlite3.h), which SQLitePCL.raw does not name.</summary>
    private const int StatementStatusReprepare = 5;

    /// <summary>How often SQLite prepared the statement again by itself since it was first prepared (it does when the statement expired).</summary>
    public int TimesReprepared => raw.sqlite3_stmt_status(_statement, StatementStatusReprepare, 0);

    public void Dispose() => _statement.Dispose();
}
