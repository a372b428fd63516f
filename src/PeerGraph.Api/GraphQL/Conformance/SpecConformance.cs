using GraphQL.Types;
using GraphQL.Validation;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// Where GraphQL.NET differs from the GraphQL spec or graphql-js in a way a client would notice, the
/// fixes live here and the executor wiring applies them. (Placeholder until the conformance work lands:
/// the library's core rules, unchanged.)
/// </summary>
public static class SpecConformance
{
    /// <summary>The validation rules every request runs.</summary>
    public static IEnumerable<IValidationRule> ValidationRules => DocumentValidator.CoreRules;

    /// <summary>Schema-level fixes (introspection additions), applied once when the schema is built.</summary>
    public static void Apply(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
    }
}
