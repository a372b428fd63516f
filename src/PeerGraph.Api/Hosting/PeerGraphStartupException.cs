namespace PeerGraph.Api.Hosting;

/// <summary>
/// Start-up or command failure a person can act on: <see cref="Exception.Message"/> is one line naming the setting or
/// file and what to do; <see cref="ExitCode"/> is the program's exit code for it (see Cli/PeerGraphCommandLine.cs).
/// </summary>
public sealed class PeerGraphStartupException(string message, int exitCode, Exception? innerException = null) : Exception(message, innerException)
{
    /// <summary>A setting or input is wrong.</summary>
    public const int InvalidInput = 1;

    /// <summary>The environment refused: a port in use, a folder that cannot be written, a store that does not answer.</summary>
    public const int Unavailable = 3;

    public int ExitCode { get; } = exitCode;
}
