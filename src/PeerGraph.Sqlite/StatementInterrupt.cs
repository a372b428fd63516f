using Microsoft.Data.Sqlite;

namespace PeerGraph.Sqlite;

/// <summary>
/// Makes a cancellation token stop a statement while SQLite is computing it. Microsoft.Data.Sqlite checks the token only
/// between rows, so a sort, an aggregate or a recursive query whose first row takes long ran to its end after the request
/// was cancelled; <c>sqlite3_interrupt</c> (https://sqlite.org/c3ref/interrupt.html) stops it at once, and the
/// interrupted call is reported as the cancellation it is. No package offers this; it is the one call SQLite provides.
/// </summary>
internal static class StatementInterrupt
{
    private const int SqliteInterrupt = 9; // SQLITE_INTERRUPT

    public static async Task<T> RunAsync<T>(SqliteCommand command, Func<SqliteCommand, CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
        {
            return await run(command, cancellationToken);
        }
        cancellationToken.ThrowIfCancellationRequested();
        var connection = command.Connection!;
        // Disposing the registration waits for a running callback, so no interrupt reaches the connection's next statement.
        // An interrupt that arrives when no statement runs is a no-op.
        await using var interrupt = cancellationToken.Register(static state => SQLitePCL.raw.sqlite3_interrupt(((SqliteConnection)state!).Handle), connection);
        try
        {
            return await run(command, cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteInterrupt && cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The statement was interrupted because the request was cancelled.", e, cancellationToken);
        }
    }
}
