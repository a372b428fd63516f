using GraphQL;

namespace PeerGraph.Api.Execution;

/// <summary>What a client sees of an error the program caused: a generic message and the correlation id of the log entry.</summary>
public sealed class InternalServerError : ExecutionError
{
    public const string ErrorCode = "INTERNAL_SERVER_ERROR";

    public InternalServerError(string correlationId)
        : base($"An internal error occurred; it was logged with correlation id {correlationId}.")
    {
        Code = ErrorCode;
        Extensions ??= new Dictionary<string, object?>();
        Extensions["correlationId"] = correlationId;
    }
}
