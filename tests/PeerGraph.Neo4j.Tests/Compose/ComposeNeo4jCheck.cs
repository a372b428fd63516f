namespace PeerGraph.Neo4j.Tests.Compose;

/// <summary>What Neo4j 5.26 would refuse in a compose file's neo4j service: unknown or Enterprise-only settings (strict
/// configuration validation stops the server, server.config.strict_validation.enabled defaults to true), values outside
/// the reference's rule, a NEO4J_AUTH the image rejects.</summary>
public static class ComposeNeo4jCheck
{
    public static IReadOnlyList<string> Problems(string composePath, string service, Neo4jSettingsReference reference)
    {
        var (image, environment) = ComposeFile.Service(composePath, service);
        var community = !image.Contains("enterprise", StringComparison.OrdinalIgnoreCase);
        var problems = new List<string>();
        var minimumPasswordLength = 8;
        foreach (var (variable, value) in environment.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (DockerNeo4jEnvironment.SettingName(variable) is not { } name)
            {
                continue;
            }
            if (reference.Find(name) is not { } setting)
            {
                problems.Add($"{variable}: sets '{name}', which is not a Neo4j 5.26 setting");
                continue;
            }
            if (setting.EnterpriseOnly && community)
            {
                problems.Add($"{variable}: '{name}' is an Enterprise Edition setting; {image} does not know it");
            }
            if (Neo4jSettingsReference.Check(setting, value) is { } problem)
            {
                problems.Add($"{variable}: {problem}");
            }
            else if (name == "dbms.security.auth_minimum_password_length")
            {
                minimumPasswordLength = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        if (environment.TryGetValue("NEO4J_AUTH", out var auth) && DockerNeo4jEnvironment.CheckAuth(auth, minimumPasswordLength) is { } authProblem)
        {
            problems.Add(authProblem);
        }
        return problems;
    }
}
