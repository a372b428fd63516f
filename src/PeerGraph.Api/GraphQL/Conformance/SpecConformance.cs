using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules;

namespace PeerGraph.Api.GraphQL.Conformance;

/// <summary>
/// Where GraphQL.NET 8.8.5 differs from the GraphQL spec or graphql-js in a way a client would notice, the fixes
/// live here, applied through the library's extension points (validation rules, schema features). What still differs
/// is listed in tests/PeerGraph.Api.Tests/Conformance/known-differences.txt, which the differential test enforces.
/// </summary>
public static class SpecConformance
{
    /// <summary>
    /// GraphQL.NET's core rules in their order, those that answer differently replaced, executable definitions added,
    /// and first (so that it leaves the document last) the report of an operation the request could not select.
    /// </summary>
    public static IEnumerable<IValidationRule> ValidationRules { get; } =
    [
        OperationSelectionRule.Instance,
        ExecutableDefinitionsRule.Instance,
        .. DocumentValidator.CoreRules.Select(Replacement),
    ];

    private static IValidationRule Replacement(IValidationRule rule) => rule switch
    {
        ArgumentsOfCorrectType => ValuesOfCorrectTypeRule.Instance,
        UniqueOperationNames => UniqueOperationNamesRule.Instance,
        UniqueInputFieldNames => UniqueInputFieldNamesRule.Instance,
        FieldsOnCorrectType or PossibleFragmentSpreads => new CompositeTypesOnlyRule(rule),
        KnownFragmentNames => KnownFragmentNamesRule.Instance,
        NoUnusedFragments => NoUnusedFragmentsRule.Instance,
        UniqueFragmentNames => UniqueFragmentNamesRule.Instance,
        UniqueVariableNames => UniqueVariableNamesRule.Instance,
        VariablesAreInputTypes => VariablesAreInputTypesRule.Instance,
        VariablesInAllowedPosition => VariablesInAllowedPositionRule.Instance,
        _ => rule,
    };

    /// <summary>
    /// Introspection as the October 2021 spec has it: __Directive.isRepeatable, includeDeprecated on args and inputFields;
    /// and ID inputs coerced to strings (<see cref="StringIdGraphType"/>).
    /// </summary>
    public static void Apply(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.RegisterType(new StringIdGraphType());
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.Filter = new SpecSchemaFilter();
    }
}
