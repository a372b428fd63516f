using GraphQL;

namespace PeerGraph.Api.GraphQL;

/// <summary>Field errors a user causes, with the extensions.code clients branch on.</summary>
internal static class FieldErrors
{
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string Unauthenticated = "UNAUTHENTICATED";

    public static ExecutionError InvalidArgument(string argument, string message) =>
        new($"Argument '{argument}': {message}") { Code = BadUserInput };

    public static ExecutionError NotAuthenticated() =>
        new("An API key is needed for mutations: send 'Authorization: Bearer <key>' with a key from PeerGraph:ApiKeys.") { Code = Unauthenticated };
}
