using GraphQL.Validation.Complexity;

namespace PeerGraph.Api.Execution;

/// <summary>GraphQL.NET's complexity analyzer configured from the limits; introspection fields cost nothing.</summary>
public static class ComplexityLimits
{
    /// <summary>
    /// The arguments whose values the complexity delegate reads: GraphQL.NET's default delegate (8.8.5,
    /// ComplexityOptions.DefaultComplexityImpactDelegateImpl) takes a list field's <c>first</c> or <c>last</c>, or its
    /// parent's, as the number of items. <see cref="LimitsOverVariables"/> relies on this list being whole, and on no
    /// field having a delegate of its own but introspection's two, which count the schema and read no argument (a test
    /// holds both).
    /// </summary>
    public static readonly string[] ArgumentsReadByValue = ["first", "last"];

    /// <summary>The arguments whose presence it reads: a list field given an <c>id</c> counts as one item.</summary>
    public static readonly string[] ArgumentsReadByPresence = ["id"];

    public static ComplexityOptions Create(GraphQLLimitsOptions limits)
    {
        var options = new ComplexityOptions { MaxDepth = limits.MaxDepth, MaxComplexity = limits.MaxComplexity };
        var standard = options.DefaultComplexityImpactDelegate;
        // Tools send the full introspection query; it reads the schema, not the store.
        options.DefaultComplexityImpactDelegate = context =>
            context.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
                ? new FieldComplexityResult(0, 1)
                : standard(context);
        return options;
    }
}
