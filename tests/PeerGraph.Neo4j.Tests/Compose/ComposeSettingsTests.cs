using PeerGraph.StoreContract;

namespace PeerGraph.Neo4j.Tests.Compose;

/// <summary>
/// docker-compose.yml against Neo4j 5.26's configuration reference (neo4j/settings/neo4j-5.26-settings.tsv) and
/// docker-neo4j's entrypoint rules, without a Docker engine. Run by .ci/check-compose.sh after `docker-compose config`.
/// </summary>
public sealed class ComposeSettingsTests
{
    private static readonly Neo4jSettingsReference Reference = Neo4jSettingsReference.Load(Path.Combine(RepoPaths.Root, "neo4j", "settings", "neo4j-5.26-settings.tsv"));

    private static string Compose => Path.Combine(RepoPaths.Root, "docker-compose.yml");

    [Fact]
    public void Every_NEO4J_variable_of_docker_compose_is_a_setting_Neo4j_5_26_Community_accepts_with_its_value()
    {
        var (_, environment) = ComposeFile.Service(Compose, "neo4j");

        Assert.Contains(environment.Keys, k => DockerNeo4jEnvironment.SettingName(k) is not null);
        Assert.Empty(ComposeNeo4jCheck.Problems(Compose, "neo4j", Reference));
    }

    [Fact]
    public void The_api_uses_the_password_neo4j_is_given_and_restarts_after_a_failure()
    {
        var (_, neo4j) = ComposeFile.Service(Compose, "neo4j");
        var (_, api) = ComposeFile.Service(Compose, "api");

        Assert.Equal(neo4j["NEO4J_AUTH"], "neo4j/" + api["Neo4j__Password"]);
        Assert.Contains("restart: unless-stopped", File.ReadAllText(Compose), StringComparison.Ordinal);
    }

    [Fact]
    public void The_reference_is_the_5_26_page()
    {
        Assert.True(Reference.Count > 300, $"{Reference.Count} settings");
        Assert.Contains("QUERY_API_ENDPOINTS", Reference.Find("server.http_enabled_modules")!.ValidValues, StringComparison.Ordinal);
        Assert.Equal("8", Reference.Find("dbms.security.auth_minimum_password_length")!.Default);
    }

    [Theory]
    [InlineData("NEO4J_server_http__enabled__modules", "server.http_enabled_modules")]
    [InlineData("NEO4J_browser_post__connect__cmd", "browser.post_connect_cmd")]
    [InlineData("NEO4J_dbms_security_auth__minimum__password__length", "dbms.security.auth_minimum_password_length")]
    [InlineData("NEO4J_AUTH", null)]
    [InlineData("NEO4J_PLUGINS", null)]
    [InlineData("NEO4J_AUTH_FILE", null)]
    public void Variables_map_to_settings_as_the_image_maps_them(string variable, string? setting) =>
        Assert.Equal(setting, DockerNeo4jEnvironment.SettingName(variable));

    // What made Neo4j refuse to start, and its kin: each must be reported.
    [Theory]
    [InlineData("NEO4J_server_http__enabled__modules: TRANSACTIONAL_ENDPOINTS,BROWSER,QUERY_API", "QUERY_API is not one of them")]
    [InlineData("NEO4J_server_http__enabled__modules: query_api_endpoints", "not one of them")]
    [InlineData("NEO4J_server_http_enabled_modules: BROWSER", "not a Neo4j 5.26 setting")]
    [InlineData("NEO4J_browser_post_connect_cmd: x", "not a Neo4j 5.26 setting")]
    [InlineData("NEO4J_server_http_enabled: \"yes\"", "not a boolean")]
    [InlineData("NEO4J_db_transaction_timeout: 10 minutes", "not a duration")]
    [InlineData("NEO4J_server_memory_pagecache_size: lots", "not a byte size")]
    [InlineData("NEO4J_dbms_security_auth__minimum__password__length: \"0\"", "out of range")]
    [InlineData("NEO4J_initial_server_mode__constraint: PRIMARY", "Enterprise Edition setting")]
    [InlineData("NEO4J_AUTH: neo4j/short", "at least 8")]
    [InlineData("NEO4J_AUTH: neo4j/${NEO4J_PASSWORD:-has/slash-in-it}", "without '/'")]
    [InlineData("NEO4J_AUTH: admin/long-enough-password", "must be neo4j")]
    [InlineData("NEO4J_AUTH: neo4j/neo4j", "cannot be 'neo4j'")]
    public void A_setting_or_password_Neo4j_would_refuse_is_reported(string environmentLine, string expected)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("peergraph-compose-").FullName, "docker-compose.yml");
        File.WriteAllText(path, $"services:\n  neo4j:\n    image: neo4j:5.26-community\n    environment:\n      {environmentLine}\n");

        var problems = ComposeNeo4jCheck.Problems(path, "neo4j", Reference);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_shorter_password_passes_when_the_minimum_length_is_lowered_with_it()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("peergraph-compose-").FullName, "docker-compose.yml");
        File.WriteAllText(path, "services:\n  neo4j:\n    image: neo4j:5.26-community\n    environment:\n      NEO4J_AUTH: neo4j/short\n      NEO4J_dbms_security_auth__minimum__password__length: \"5\"\n");

        Assert.Empty(ComposeNeo4jCheck.Problems(path, "neo4j", Reference));
    }
}
