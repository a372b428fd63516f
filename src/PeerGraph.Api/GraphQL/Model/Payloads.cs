using PeerGraph.Core.Domain;

namespace PeerGraph.Api.GraphQL.Model;

/// <summary>A problem with a mutation's input: the path of the input field, a message, a code.</summary>
internal sealed record UserErrorView(IReadOnlyList<string> Field, string Message, string Code);

internal sealed record StudyPayloadView(Study? Study, IReadOnlyList<UserErrorView> Errors);

internal sealed record ThemePayloadView(Theme? Theme, IReadOnlyList<UserErrorView> Errors);

internal sealed record DeletePayloadView(string? DeletedId, IReadOnlyList<UserErrorView> Errors);
