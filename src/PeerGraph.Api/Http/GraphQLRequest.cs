using GraphQL;

namespace PeerGraph.Api.Http;

/// <summary>A GraphQL-over-HTTP request once read from a GET query string or a POST JSON body.</summary>
public sealed record GraphQLRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions);
