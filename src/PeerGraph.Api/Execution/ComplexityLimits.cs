using GraphQL.Validation.Complexity;

namespace PeerGraph.Api.Execution;

/// <summary>GraphQL.NET's complexity analyzer configured from the limits; introspection fields cost nothing.</summary>
public static class ComplexityLimits
{
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
